"""Excited states against exact energies: `FermiNet(mf, nstates=k)` (natural excited states VMC).

    python benchmarks/bench_excited.py [--systems H He Li] [--network small] [--max-cycle 2000]
                                       [--train-minutes M] [--eval-cycle 500] [--nwalkers 256]
                                       [--basis aug-cc-pvdz] [--seed 0] [--set name=value ...]
    python benchmarks/bench_excited.py --timing [--timing-system He] [--timing-states 1 2 3 4 5]

Accuracy rows, per state: total energy +- error, the exact value of the state in that place
(../shared/reference_energies.json, 'excited_states'; degenerate components repeat their level), the
error in mHa, the excitation energy in eV +- error against exact, <S^2>, the oscillator strength from
the lowest state; per system the optimisation iterations done and the wall time (SCF, pretraining,
optimisation, evaluation and compilation). `--train-minutes M` stops the optimisation after M minutes
(`max_time`) instead of at a fixed count. k per system: H 5 (1s and the n = 2 manifold; the 1s -> 2p oscillator strength summed
over it, exact 0.4162), He 3 (1^1S, 2^3S M_s = 0, 2^1S), Li 4
(2^2S and the three 2^2P components; the 2P excitation also as the mean of the three, and the
2s -> 2p oscillator strength summed over them, literature about 0.747).

--timing: seconds per optimisation iteration against k on one system (compiled, the median of
`--timing-iterations` iterations after two warm-up ones), so the cost of a state is measured.
"""

import argparse
import statistics
import time

import jax
import numpy as np
from pyscf import gto, scf
from pyscf.data import nist

from pyscf_ferminet import FermiNet, stats

import reference  # benchmarks/reference.py, beside this script

NSTATES = {'H': 5, 'He': 3, 'Li': 4}
# The exact level of each state in ascending order (degenerate components repeated).
LEVELS = {'H': ['1s'] + ['n=2 (2s, 2p x3)'] * 4, 'He': ['1^1S', '2^3S', '2^1S'],
          'Li': ['2^2S'] + ['2^2P'] * 3}
LI_OSCILLATOR_2S_2P = 0.747
H_OSCILLATOR_1S_2P = 0.4162     # 3 x 2/3 x 3/8 Eh x 2^15/3^10 bohr^2 (2p_x, 2p_y, 2p_z)


def scf_for(name, basis):
    spin = reference.load()['excited_states'][name]['spin']
    mol = gto.M(atom=f'{name} 0 0 0', spin=spin, basis=basis, verbose=0)
    return (scf.RHF(mol) if spin == 0 else scf.UHF(mol)).run()


def accuracy(args, extra):
    ref = reference.load()['excited_states']
    length = f'train_minutes={args.train_minutes:g}' if args.train_minutes else f'max_cycle={args.max_cycle}'
    print(f'network={args.network} nwalkers={args.nwalkers} {length} '
          f'eval_cycle={args.eval_cycle} basis={args.basis} seed={args.seed} {extra}')
    print(f'{"system":>6} {"state":>5} {"e_tot":>11} {"e_err":>8} {"exact":>11} {"err mHa":>8} '
          f'{"exc eV":>8} {"+-":>6} {"exact eV":>8} {"<S^2>":>6} {"f_osc":>7} {"iters":>6} {"wall s":>7}')
    for name in args.systems:
        k = NSTATES[name]
        exact = np.array([ref[name]['states'][level] for level in LEVELS[name]])
        t0 = time.time()
        mf = scf_for(name, args.basis)
        timed = dict(max_time=60 * args.train_minutes, max_cycle=10 ** 6) if args.train_minutes else {}
        settings = dict(dict(network=args.network, nwalkers=args.nwalkers, max_cycle=args.max_cycle,
                             eval_cycle=args.eval_cycle, seed=args.seed, verbose=0, **extra), **timed)
        fn = FermiNet(mf, nstates=k, **settings)
        fn.kernel()
        s2, _ = fn.spin_square()
        f = np.concatenate([[0.0], fn.oscillator_strength()])
        wall = time.time() - t0
        ev = nist.HARTREE2EV
        for n in range(k):
            print(f'{name:>6} {n:5d} {fn.e_tot[n]:11.6f} {fn.e_err[n]:8.6f} {exact[n]:11.6f} '
                  f'{(fn.e_tot[n] - exact[n]) * 1000:+8.2f} {fn.e_exc[n] * ev:8.4f} '
                  f'{fn.e_exc_err[n] * ev:6.4f} {(exact[n] - exact[0]) * ev:8.4f} {s2[n]:6.3f} '
                  f'{f[n]:7.4f} {len(fn.e_hist) if n == 0 else 0:6d} {wall if n == 0 else 0:7.0f}',
                  flush=True)
        if name == 'H':
            print(f'{"H":>6} 1s -> 2p oscillator strength summed over the n = 2 states: '
                  f'{f[1:5].sum():.4f} (exact {H_OSCILLATOR_1S_2P})', flush=True)
        if name == 'Li':
            # The 2P level as the mean of its three components: smooth where the components are not.
            series = fn._eigen.series
            exc = series[:, 1:4].mean(axis=1) - series[:, 0]
            block = stats.reblock(exc)
            print(f'{"Li":>6} 2P excitation, mean of the three components: {block.mean * ev:.4f} +- '
                  f'{block.error * ev:.4f} eV (exact {(exact[1] - exact[0]) * ev:.4f})', flush=True)
            print(f'{"Li":>6} 2s -> 2p oscillator strength summed over the 2P components: '
                  f'{f[1:4].sum():.4f} (literature about {LI_OSCILLATOR_2S_2P})', flush=True)


def timing(args, extra):
    print(f'system={args.timing_system} network={args.network} nwalkers={args.nwalkers} '
          f'basis={args.basis} {extra}')
    print(f'{"k":>3} {"s / iteration":>14} {"ratio to k=1":>13}')
    base = None
    mf = scf_for(args.timing_system, args.basis)
    for k in args.timing_states:
        fn = FermiNet(mf, nstates=k, network=args.network, nwalkers=args.nwalkers, max_cycle=1,
                      eval_cycle=1, pretrain_cycle=0, seed=args.seed, verbose=0, **extra)
        fn.kernel()
        step, state = fn._model.vmc.train_step, fn.state
        times = []
        for i in range(args.timing_iterations + 2):
            t0 = time.perf_counter()
            state, st = step(state)
            jax.block_until_ready(st['energy'])
            if i >= 2:
                times.append(time.perf_counter() - t0)
        med = statistics.median(times)
        base = med if base is None else base
        print(f'{k:3d} {med:14.4f} {med / base:13.2f}', flush=True)


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--systems', nargs='+', default=['H', 'He', 'Li'])
    p.add_argument('--network', default='small')
    p.add_argument('--max-cycle', type=int, default=2000)
    p.add_argument('--train-minutes', type=float, default=0.0)
    p.add_argument('--eval-cycle', type=int, default=500)
    p.add_argument('--nwalkers', type=int, default=256)
    p.add_argument('--basis', default='aug-cc-pvdz')
    p.add_argument('--seed', type=int, default=0)
    p.add_argument('--timing', action='store_true')
    p.add_argument('--timing-system', default='He')
    p.add_argument('--timing-states', type=int, nargs='+', default=[1, 2, 3, 4, 5])
    p.add_argument('--timing-iterations', type=int, default=10)
    p.add_argument('--set', nargs='*', default=[], metavar='NAME=VALUE')
    args = p.parse_args()
    extra = reference.parse_settings(args.set)
    (timing if args.timing else accuracy)(args, extra)


if __name__ == '__main__':
    main()
