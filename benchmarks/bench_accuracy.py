"""Accuracy against exact energies: `FermiNet(mf).kernel()` end to end, as a user runs it.

    python benchmarks/bench_accuracy.py [--systems H2 He Li LiH Be] [--network small]
                                        [--max-cycle 1000] [--eval-cycle 200] [--nwalkers 256] [--seed 0]
                                        [--set name=value ...]

Each row: system (geometry and exact energy from ../shared/reference_energies.json), e_tot +- e_err
(evaluation phase, reblocked), the error against exact in mHa, the SCF energy, and the wall time of
the whole run (SCF, pretraining, optimisation, evaluation, compilation included). `--set` passes other
solver settings (Python literals), e.g. `--set full_det=False`.
"""

import argparse
import time

from pyscf_ferminet import FermiNet

import reference  # benchmarks/reference.py, beside this script


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--systems', nargs='+', default=['H2', 'He', 'Li', 'LiH', 'Be'])
    p.add_argument('--network', default='small')
    p.add_argument('--max-cycle', type=int, default=1000)
    p.add_argument('--eval-cycle', type=int, default=200)
    p.add_argument('--nwalkers', type=int, default=256)
    p.add_argument('--optimizer', default='spring')
    p.add_argument('--basis', default='cc-pvdz')
    p.add_argument('--seed', type=int, default=0)
    p.add_argument('--set', nargs='*', default=[], metavar='NAME=VALUE')
    args = p.parse_args()
    extra = reference.parse_settings(args.set)
    ref = reference.load()
    print(f'network={args.network} nwalkers={args.nwalkers} max_cycle={args.max_cycle} '
          f'eval_cycle={args.eval_cycle} optimizer={args.optimizer} basis={args.basis} seed={args.seed} {extra}')
    print(f'{"system":>6} {"e_tot":>12} {"e_err":>9} {"exact":>12} {"err mHa":>8} {"E(SCF)":>12} '
          f'{"wall s":>7}')
    for name in args.systems:
        entry = ref[name]
        t0 = time.time()
        mf = reference.run_scf(entry, args.basis)
        fn = FermiNet(mf, network=args.network, nwalkers=args.nwalkers, max_cycle=args.max_cycle,
                      eval_cycle=args.eval_cycle, optimizer=args.optimizer, seed=args.seed, verbose=0, **extra)
        fn.kernel()
        wall = time.time() - t0
        err = (fn.e_tot - entry['exact']) * 1000
        print(f'{name:>6} {fn.e_tot:12.6f} {fn.e_err:9.6f} {entry["exact"]:12.6f} {err:+8.2f} '
              f'{mf.e_tot:12.6f} {wall:7.0f}', flush=True)


if __name__ == '__main__':
    main()
