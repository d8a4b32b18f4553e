"""Cost against system size: seconds per training and evaluation iteration, compilation time, peak
memory and XLA's FLOP count per iteration, for hydrogen chains and molecules.

    python benchmarks/bench_scaling.py                                  # small network, small systems
    python benchmarks/bench_scaling.py --systems H4 H8 H16 N2 --networks small default \
        --full-det True False --iters 3

Each (system, network, determinant form) runs in its own process (its peak resident memory is that
of one configuration). Training iteration: 10 MCMC steps, local energies, SPRING update (the
package's default optimiser; --optimizer picks another), 256 walkers, float32, no pretraining.
Evaluation iteration: the same sampling and local energies with frozen parameters. Seconds per
iteration: the median of --iters timed calls after a first, compiling one. "compile s": tracing and
compiling the training iteration.

FLOPs: XLA's cost analysis of the lowered functions (before XLA's optimisation passes) counts a
loop body once, so the count per
iteration is assembled from its pieces: train_step (one MCMC step inside) + (steps - 1) x one
MCMC step (log|psi|^2 of all walkers). "GPU s" is that count at the peak float32 rate given by
--gpu-tflops (default 19.5, an A100 without tensor cores): a lower bound on paper, not a measurement.

The last lines fit seconds per training iteration ~ electrons^k over the hydrogen chains and over the
molecules separately (least squares in log-log).
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time

import numpy as np

import reference  # benchmarks/reference.py, beside this script

BOHR_SPACING = 1.8
G2 = {'H2O': 'H2O', 'N2': 'N2', 'CH4': 'CH4', 'C2H4': 'C2H4', 'C4H6': 'bicyclobutane',
      'C6H6': 'C6H6'}
SYSTEMS = ['H4', 'H8', 'H16', 'H32', 'LiH', 'H2O', 'N2', 'CH4', 'C2H4', 'C4H6', 'C6H6']


def molecule(name):
    """pyscf.gto.Mole (STO-3G: only its SCF orbitals seed the envelopes) for a system label."""
    from pyscf import gto
    if name.startswith('H') and name[1:].isdigit():
        n = int(name[1:])
        atoms = [('H', (0.0, 0.0, i * BOHR_SPACING)) for i in range(n)]
        return gto.M(atom=atoms, unit='bohr', basis='sto-3g', spin=n % 2, verbose=0)
    if name == 'LiH':
        return gto.M(atom='Li 0 0 0; H 0 0 3.015', unit='bohr', basis='sto-3g', verbose=0)
    from ase.collections import g2
    at = g2[G2[name]]
    return gto.M(atom=list(zip(at.get_chemical_symbols(), at.positions)), basis='sto-3g', verbose=0)


def flops(compiled):
    cost = compiled.cost_analysis()
    cost = cost[0] if isinstance(cost, (list, tuple)) else cost
    return float(cost.get('flops', float('nan')))


def measure(name, network, full_det, iters, nwalkers, flops_only=False, optimizer='spring',
            extra=None):
    """One configuration, in this process: a dict of the measured figures (with flops_only, the
    FLOP count from the lowered, uncompiled functions only; the times are NaN)."""
    import dataclasses

    import jax
    from pyscf import scf

    from pyscf_ferminet import FermiNet, driver

    class Quiet:
        def __getattr__(self, _):
            return lambda *a, **k: None

    mol = molecule(name)
    mf = (scf.RHF(mol) if mol.spin == 0 else scf.ROHF(mol)).run()
    fn = FermiNet(mf, network=network, nwalkers=nwalkers, full_det=full_det, pretrain_cycle=0,
                  burn_in=10, optimizer=optimizer, verbose=0, **(extra or {}))
    fn.build()
    model = driver.Model(fn)
    if flops_only:  # walkers as initialised: no burn-in to compile
        model.vmc = dataclasses.replace(model.vmc, burn_in=lambda s: s)
    state, _ = driver.initial_state(fn, model, Quiet())
    jax.block_until_ready(state)
    steps = fn.sampler_settings().steps
    lowered = model.vmc.train_step.lower(state)
    f_train = flops(lowered)
    f_step = flops(model.vmc.log_prob.lower(state['params'], state['x'], state['atoms']))
    nparams = int(sum(a.size for a in jax.tree_util.tree_leaves(state['params'])))
    result = dict(system=name, electrons=mol.nelectron, network=network, full_det=full_det,
                  optimizer=optimizer, params=nparams, flops=f_train + (steps - 1) * f_step,
                  devices=jax.device_count(), compile_s=np.nan, train_s=np.nan, eval_s=np.nan)
    if flops_only:
        return dict(result, peak_gb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6)
    t0 = time.perf_counter()
    lowered.compile()
    compile_s = time.perf_counter() - t0

    def per_iteration(step, state):
        """(median seconds per call after a first, compiling call, state after the calls)."""
        state = jax.block_until_ready(step(state)[0])
        seconds = []
        for _ in range(iters):
            t0 = time.perf_counter()
            state = jax.block_until_ready(step(state)[0])
            seconds.append(time.perf_counter() - t0)
        return float(np.median(seconds)), state

    train_s, state = per_iteration(model.vmc.train_step, state)
    eval_s, state = per_iteration(model.vmc.eval_step, state)
    return dict(result, compile_s=compile_s, train_s=train_s, eval_s=eval_s,
                peak_gb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6)


def fit_exponent(rows, key):
    """k of rows[key] ~ electrons^k (least squares in log-log); NaN with fewer than two rows."""
    rows = [r for r in rows if np.isfinite(r[key])]
    if len(rows) < 2:
        return float('nan')
    x = np.log([r['electrons'] for r in rows])
    y = np.log([r[key] for r in rows])
    return float(np.polyfit(x, y, 1)[0])


def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--systems', nargs='+', default=['H4', 'H8', 'LiH', 'H2O', 'N2'],
                   help=f'from {SYSTEMS}')
    p.add_argument('--networks', nargs='+', default=['small'])
    p.add_argument('--full-det', nargs='+', default=['True'], choices=['True', 'False'])
    p.add_argument('--iters', type=int, default=3)
    p.add_argument('--nwalkers', type=int, default=256)
    p.add_argument('--optimizer', default='spring', help='spring (default), kfac, adam, ...')
    p.add_argument('--set', nargs='*', default=[], metavar='NAME=VALUE',
                   help='other solver settings, e.g. laplacian=folx-sparse energy_chunks=4')
    p.add_argument('--gpu-tflops', type=float, default=19.5)
    p.add_argument('--flops-only', action='store_true',
                   help='only the FLOP count (no compilation, no timing): fast, any load')
    p.add_argument('--one', nargs=3, help=argparse.SUPPRESS)  # internal: system network full_det
    args = p.parse_args()
    if args.one:
        name, network, full = args.one
        print(json.dumps(measure(name, network, full == 'True', args.iters, args.nwalkers,
                                 args.flops_only, args.optimizer,
                                 reference.parse_settings(args.set))))
        return
    print(f'{args.nwalkers} walkers, float32, {args.optimizer} {" ".join(args.set)}, 10 MCMC steps per '
          f'iteration; GPU column at {args.gpu_tflops} TFLOP/s')
    print('| system | electrons | network | full det | params | compile s | train s/iter | '
          'eval s/iter | GFLOP/iter | GPU ms/iter | peak GB |')
    print('|---|---:|---|---|---:|---:|---:|---:|---:|---:|---:|')
    rows = []
    for network in args.networks:
        for full in args.full_det:
            for name in args.systems:
                out = subprocess.run([sys.executable, __file__, '--one', name, network, full,
                                      '--iters', str(args.iters), '--nwalkers', str(args.nwalkers),
                                      '--optimizer', args.optimizer, '--set', *args.set]
                                     + ['--flops-only'] * args.flops_only,
                                     capture_output=True, text=True, env=os.environ)
                if out.returncode:
                    print(f'| {name} | failed: {out.stderr.strip().splitlines()[-1]} |', flush=True)
                    continue
                r = json.loads(out.stdout.strip().splitlines()[-1])
                rows.append(r)
                print(f"| {name} | {r['electrons']} | {network} | {full} | {r['params']} | "
                      f"{r['compile_s']:.1f} | {r['train_s']:.3f} | {r['eval_s']:.3f} | "
                      f"{r['flops'] / 1e9:.1f} | {r['flops'] / (args.gpu_tflops * 1e9):.2f} | "
                      f"{r['peak_gb']:.1f} |", flush=True)
    for network in args.networks:
        for full in args.full_det:
            sel = [r for r in rows if r['network'] == network and str(r['full_det']) == full]
            chains = [r for r in sel if r['system'][1:].isdigit()]
            others = [r for r in sel if not r['system'][1:].isdigit()]
            for key, what in (('train_s', 's/iter'), ('flops', 'FLOP/iter')):
                print(f'{network}, full_det={full}: {what} ~ N^k, k = '
                      f'{fit_exponent(chains, key):.2f} (H chains), '
                      f'{fit_exponent(others, key):.2f} (molecules)')


if __name__ == '__main__':
    main()
