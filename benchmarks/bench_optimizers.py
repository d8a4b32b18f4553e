"""SPRING vs KFAC vs Adam at equal wall time, LiH at 3.015 bohr (cc-pVDZ RHF envelopes).

    python benchmarks/bench_optimizers.py [--network small] [--budget 300] [--nwalkers 256]
                                          [--optimizers spring kfac adam]

The optimisers run CONCURRENTLY, one subprocess each (this script with --worker NAME), so on a shared
machine each gets about the same share of the CPU. Each worker: same seed, same pretraining and burn-in,
one compiling train step (not counted), then the driver's jitted train step in a loop until `budget`
seconds of wall time are spent. Reported: iterations done, s/iteration, mean training energy over the
iterations in the last 20% of the budget (reblocked error), and its error vs the exact LiH energy.
"""

import argparse
import json
import os
import subprocess
import sys
import time

EXACT = -8.070548


def worker(args):
    import jax
    import numpy as np
    from pyscf import gto, scf

    from pyscf_ferminet import FermiNet, driver, stats

    class Quiet:
        def __getattr__(self, name):
            return lambda *a, **k: None

    mol = gto.M(atom='Li 0 0 0; H 0 0 3.015', unit='bohr', basis='cc-pvdz', verbose=0)
    mf = scf.RHF(mol).run()
    fn = FermiNet(mf, network=args.network, optimizer=args.worker, nwalkers=args.nwalkers,
                  pretrain_cycle=args.pretrain, burn_in=100, verbose=0)
    fn.build()
    t0 = time.time()
    model = driver.Model(fn)
    state, _ = driver.initial_state(fn, model, Quiet())
    t_pre = time.time() - t0
    t0 = time.time()
    state, st = model.vmc.train_step(state)                   # compile
    jax.block_until_ready(state)
    t_compile = time.time() - t0
    times, energies = [], []
    t_start = time.time()
    while True:
        state, st = model.vmc.train_step(state)
        energies.append(float(st['energy']))                  # syncs each iteration
        times.append(time.time() - t_start)
        if times[-1] >= args.budget or not np.isfinite(energies[-1]):
            break
    times, energies = np.asarray(times), np.asarray(energies)
    tail = energies[times >= 0.8 * times[-1]]
    block = stats.reblock(tail) if tail.size >= 4 else None
    out = {'optimizer': args.worker, 'iters': int(times.size), 's_per_iter': float(times[-1] / times.size),
           'e_mean': float(block.mean) if block else float('nan'),
           'e_err': float(block.error) if block else float('nan'), 'n_tail': int(tail.size),
           'e_last': float(energies[-1]), 'pretrain_s': t_pre, 'compile_s': t_compile,
           'e_scf': float(mf.e_tot)}
    print('RESULT ' + json.dumps(out), flush=True)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--network', default='small')
    p.add_argument('--budget', type=float, default=300.0, help='training wall time per optimiser, s')
    p.add_argument('--nwalkers', type=int, default=256)
    p.add_argument('--pretrain', type=int, default=200)
    p.add_argument('--optimizers', nargs='+', default=['spring', 'kfac', 'adam'])
    p.add_argument('--worker', help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        return worker(args)

    base = [sys.executable, os.path.abspath(__file__), '--network', args.network, '--budget',
            str(args.budget), '--nwalkers', str(args.nwalkers), '--pretrain', str(args.pretrain)]
    load0 = os.getloadavg()
    t0 = time.time()
    procs = {o: subprocess.Popen(base + ['--worker', o], stdout=subprocess.PIPE, text=True)
             for o in args.optimizers}
    results = []
    for o, proc in procs.items():
        out, _ = proc.communicate()
        lines = [l for l in out.splitlines() if l.startswith('RESULT ')]
        if proc.returncode or not lines:
            print(f'{o}: worker failed (exit {proc.returncode})', file=sys.stderr)
            continue
        results.append(json.loads(lines[-1][len('RESULT '):]))
    load1 = os.getloadavg()

    print(f'LiH 3.015 bohr, cc-pVDZ RHF, network={args.network}, {args.nwalkers} walkers, '
          f'budget {args.budget:.0f} s each, {len(procs)} optimisers concurrently, '
          f'{os.cpu_count()} cores; load avg (1 min) {load0[0]:.1f} at start, {load1[0]:.1f} at end; '
          f'total {time.time() - t0:.0f} s')
    print('| optimizer | iterations | s/iter | E (last 20% of budget), Ha | E - exact, mHa | '
          'pretrain s | compile s |')
    print('|---|---:|---:|---:|---:|---:|---:|')
    for r in results:
        print(f"| {r['optimizer']} | {r['iters']} | {r['s_per_iter']:.3f} | "
              f"{r['e_mean']:.5f} +- {r['e_err']:.5f} | {1000 * (r['e_mean'] - EXACT):.1f} "
              f"+- {1000 * r['e_err']:.1f} | {r['pretrain_s']:.0f} | {r['compile_s']:.0f} |")


if __name__ == '__main__':
    main()
