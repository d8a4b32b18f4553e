"""Effective core potentials: accuracy on ccECP atoms, and cost and variance against all-electron.

    python benchmarks/bench_ecp.py atoms [--atoms C N O] [--max-cycle 20000 | --minutes 20]
        [--eval-cycle 2000] [name=value ...]
    python benchmarks/bench_ecp.py speed [--iters 10] [--rounds 4] [--quadratures 12 6]
    python benchmarks/bench_ecp.py heavy [--atom Cl] [--max-cycle 200] [--iters 10]
    python benchmarks/bench_ecp.py forces [--bond 2.5] [--max-cycle 2000] [--seeds 0 1 2]

atoms: FermiNet on each ccECP atom (UHF/ccecp-cc-pVDZ reference) against the exact energy and the
    single-determinant DMC energy of Annaberdiyev et al., J. Chem. Theory Comput. 16, 1482 (2020)
    (`../shared/reference_energies.json`, key ccECP_atoms). Target: 20 minutes on 2 cores
    per atom, below single-determinant DMC and within 3 mHa of exact. `--minutes` sets the training
    length from a wall-time budget per atom (SCF, pretraining, training and evaluation).
speed: seconds per training iteration of the C atom with ccECP (4 valence electrons, (3, 1) spins)
    against an ECP-free atom with the same electrons and spins (Be, 2S = 2), same network, run
    interleaved (A B A B, `--rounds` blocks of `--iters` iterations), for each angular rule: the cost
    of the non-local term's npoints extra wavefunction evaluations per electron within its cutoff.
heavy: one heavier atom with ccECP against all-electron (cc-pVDZ) at the same network: seconds per
    iteration and the local-energy variance after `--max-cycle` training iterations (median of the last
    `--iters`).
forces: LiH with ccECP on both atoms (two valence electrons), `FermiNet.Gradients` after
    `--max-cycle` iterations, against the central finite difference (+-0.01 bohr) of CCSD energies,
    exact for two electrons, in ccecp-cc-pVQZ (and the RHF gradient of the pVDZ reference). The
    estimator is evaluated on the same walkers in float64 (`Gradients`' default) and in the run's
    precision; seconds: the run with the float64 forces, then the second evaluation alone.

Other `name=value` arguments are FermiNet settings (network=small by default, nwalkers=256).
"""

import argparse
import time

import jax
import numpy as np
from pyscf import gto, scf

from pyscf_ferminet import FermiNet, driver

import reference


def ccecp_mf(symbol, spin, ecp=True):
    kw = {'ecp': 'ccecp', 'basis': 'ccecp-cc-pvdz'} if ecp else {'basis': 'cc-pvdz'}
    mol = gto.M(atom=f'{symbol} 0 0 0', spin=spin, verbose=0, **kw)
    return (scf.RHF(mol) if spin == 0 else scf.UHF(mol)).run()


class _Quiet:
    def __getattr__(self, name):
        return lambda *a, **k: None


def prepared(mf, settings):
    """A solver, its compiled model and a state after pretraining and burn-in (one compiled step)."""
    fn = FermiNet(mf, verbose=0, **settings)
    fn.build()
    model = driver.Model(fn)
    state, _ = driver.initial_state(fn, model, _Quiet())
    state, _ = model.vmc.train_step(state)
    jax.block_until_ready(state)
    return fn, model, state


def timed(model, state, n):
    """(state, seconds per iteration, per-iteration variances) of n training iterations."""
    t0 = time.perf_counter()
    stats = []
    for i in range(n):
        state, st = model.vmc.train_step(state)
        stats.append(st)
        if i % 10 == 9:
            # Hundreds of queued steps over emulated CPU devices can stall one device past XLA's
            # collective timeout (the solver itself waits at every log point).
            jax.block_until_ready(state)
    jax.block_until_ready(state)
    sec = (time.perf_counter() - t0) / n
    return state, sec, np.array([float(s['variance']) for s in stats]), \
        np.array([float(s['energy']) for s in stats])


def run_atoms(args, settings):
    ref = reference.load()['ccECP_atoms']
    print(f'{"atom":>4} {"E (Ha)":>12} {"err":>9} {"-exact (mHa)":>12} {"-DMC SD (mHa)":>13} '
          f'{"minutes":>8} {"iterations":>10}')
    for symbol in args.atoms:
        entry = ref[symbol]
        t0 = time.time()
        mf = ccecp_mf(symbol, entry['spin'])
        max_cycle = args.max_cycle
        if args.minutes:
            # A wall-time budget: the training iterations that fit in it after pretraining, burn-in
            # and evaluation, from the seconds per iteration of a short timed block (evaluation
            # iterations counted as training ones, an overestimate of their cost).
            _, model, state = prepared(mf, dict(settings, pretrain_cycle=1, burn_in=1))
            _, sec, _, _ = timed(model, state, 20)
            spent = time.time() - t0 + sec * (settings.get('pretrain_cycle', 200) / 5)
            max_cycle = max(100, int((args.minutes * 60 - spent) / sec) - args.eval_cycle)
        fn = FermiNet(mf, max_cycle=max_cycle, eval_cycle=args.eval_cycle, verbose=0, **settings)
        fn.kernel()
        minutes = (time.time() - t0) / 60
        dmc = entry.get('dmc_single_det')
        print(f'{symbol:>4} {fn.e_tot:12.5f} {fn.e_err:9.5f} {(fn.e_tot - entry["exact"]) * 1e3:12.2f} '
              f'{(fn.e_tot - dmc) * 1e3 if dmc is not None else float("nan"):13.2f} {minutes:8.1f} '
              f'{max_cycle:10d}', flush=True)


def run_speed(args, settings):
    settings = dict({'pretrain_cycle': 20, 'burn_in': 10}, **settings)
    runs = {f'C ccECP, {q}-point rule': prepared(ccecp_mf('C', 2), dict(settings, ecp_quadrature=q))
            for q in args.quadratures}
    runs['Be all-electron'] = prepared(ccecp_mf('Be', 2, ecp=False), settings)
    times = {name: [] for name in runs}
    for _ in range(args.rounds):                                  # interleaved: A B A B ...
        for name, (fn, model, state) in runs.items():
            state, sec, _, _ = timed(model, state, args.iters)
            runs[name] = (fn, model, state)
            times[name].append(sec)
    base = np.median(times['Be all-electron'])
    print(f'(3, 1) electrons; {jax.device_count()} device(s), {settings.get("nwalkers", 256)} walkers, '
          f'network {settings.get("network")}')
    for name, t in times.items():
        print(f'{name:>26}: median {np.median(t):.4f} s/iter, {np.median(t) / base:.2f} x ECP-free  '
              f'(blocks: {", ".join(f"{s:.4f}" for s in t)})')


def run_heavy(args, settings):
    spin = {'Cl': 1, 'S': 2, 'P': 3, 'Si': 2, 'Na': 1}[args.atom]
    settings = dict({'pretrain_cycle': 100, 'burn_in': 100}, **settings)
    print(f'{args.atom} atom, {settings.get("network")} network, {args.max_cycle} training iterations, '
          f'then {args.iters} timed; {jax.device_count()} device(s)')
    print(f'{"":>14} {"nelec":>5} {"s/iter":>8} {"E (Ha)":>12} {"var (Ha^2)":>11}')
    for label, ecp in (('ccECP', True), ('all-electron', False)):
        fn, model, state = prepared(ccecp_mf(args.atom, spin, ecp), settings)
        state, _, _, _ = timed(model, state, args.max_cycle)
        state, sec, var, energy = timed(model, state, args.iters)
        print(f'{label:>14} {fn.system.nelec:5d} {sec:8.3f} {np.mean(energy):12.4f} {np.median(var):11.4g}',
              flush=True)


def lih(bond, basis='ccecp-cc-pvdz'):
    return gto.M(atom=f'Li 0 0 0; H 0 0 {bond}', unit='bohr', ecp='ccecp', basis=basis, verbose=0)


def run_forces(args, settings):
    from pyscf import cc

    def ccsd(bond):
        return cc.CCSD(scf.RHF(lih(bond, 'ccecp-cc-pvqz')).run()).run().e_tot

    h = 0.01
    fd = (ccsd(args.bond + h) - ccsd(args.bond - h)) / (2 * h)
    e_ccsd = ccsd(args.bond)
    mf = scf.RHF(lih(args.bond)).run()
    rhf = mf.nuc_grad_method().kernel()[1, 2]
    settings = dict({'prop_cycle': 100}, **settings)
    print(f'LiH, ccECP on both atoms, bond {args.bond} bohr; dE/dR along the bond (H moving), '
          f'hartree/bohr; {args.max_cycle} iterations, {settings.get("network")} network, '
          f'{settings.get("nwalkers")} walkers, {settings["prop_cycle"]} batches for the force')
    print(f'  CCSD/ccecp-cc-pVQZ finite difference: {fd:+.4f}   RHF/ccecp-cc-pVDZ: {rhf:+.4f}   '
          f'E(CCSD) = {e_ccsd:.5f}')
    print(f'{"seed":>4} {"E (Ha)":>10} {"estimator":>9} {"dE/dz(H)":>17} {"dE/dz(Li)":>17} '
          f'{"sum":>17} {"-FD":>8} {"seconds":>8}')
    for seed in args.seeds:
        t0 = time.time()
        fn = FermiNet(mf, max_cycle=args.max_cycle, eval_cycle=500, seed=seed, verbose=0, **settings)
        fn.kernel()
        for precision in ('float64', 'model'):        # the same walkers, evaluated in each precision
            t1 = time.time()
            g = fn.Gradients()
            g.precision = precision
            de, err = g.kernel(), g.de_err
            total, total_err = de[:, 2].sum(), np.hypot(*err[:, 2])
            name = 'float64' if precision == 'float64' else fn.precision
            print(f'{seed:>4} {fn.e_tot:10.5f} {name:>9} {de[1, 2]:+9.4f} +- {err[1, 2]:.4f} '
                  f'{de[0, 2]:+9.4f} +- {err[0, 2]:.4f} {total:+9.4f} +- {total_err:.4f} '
                  f'{de[1, 2] - fd:+8.4f} {time.time() - (t0 if precision == "float64" else t1):8.0f}',
                  flush=True)


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument('mode', choices=['atoms', 'speed', 'heavy', 'forces'])
    p.add_argument('--atoms', nargs='+', default=['C', 'N', 'O'])
    p.add_argument('--atom', default='Cl')
    p.add_argument('--max-cycle', type=int, default=None)
    p.add_argument('--eval-cycle', type=int, default=2000)
    p.add_argument('--minutes', type=float, default=None)
    p.add_argument('--iters', type=int, default=10)
    p.add_argument('--rounds', type=int, default=4)
    p.add_argument('--bond', type=float, default=2.5)
    p.add_argument('--seeds', type=int, nargs='+', default=[0, 1, 2])
    p.add_argument('--quadratures', type=int, nargs='+', default=[12, 6])
    args, rest = p.parse_known_args()
    settings = dict({'network': 'small', 'nwalkers': 256}, **reference.parse_settings(rest))
    if args.mode == 'atoms':
        args.max_cycle = args.max_cycle or 20000
        run_atoms(args, settings)
    elif args.mode == 'speed':
        run_speed(args, settings)
    elif args.mode == 'forces':
        args.max_cycle = args.max_cycle or 2000
        run_forces(args, settings)
    else:
        args.max_cycle = args.max_cycle if args.max_cycle is not None else 200
        run_heavy(args, settings)


if __name__ == '__main__':
    main()
