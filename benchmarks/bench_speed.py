"""Seconds per optimisation iteration and peak memory, LiH at 3.015 bohr.

    python benchmarks/bench_speed.py [--networks default small] [--optimizers spring adam] [--nwalkers 256] \
        [--full-det True False]

Each row: one FermiNet configuration, the mean wall time of a jitted training iteration (10 MCMC steps,
local energies, parameter update) after compilation, and the process's peak resident memory so far.
"""

import argparse
import resource
import time

import jax
from pyscf import gto, scf

from pyscf_ferminet import FermiNet, driver


def time_iterations(fn, n):
    model = driver.Model(fn)
    state, _ = driver.initial_state(fn, model, _Quiet())
    state, _ = model.vmc.train_step(state)         # compile
    jax.block_until_ready(state)
    t0 = time.perf_counter()
    for _ in range(n):
        state, st = model.vmc.train_step(state)
    jax.block_until_ready(state)
    nparams = sum(a.size for a in jax.tree_util.tree_leaves(state['params']))
    return (time.perf_counter() - t0) / n, nparams


class _Quiet:
    def __getattr__(self, name):
        return lambda *a, **k: None


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--networks', nargs='+', default=['small', 'default'])
    p.add_argument('--optimizers', nargs='+', default=['spring'])
    p.add_argument('--laplacians', nargs='+', default=['folx'])
    p.add_argument('--nwalkers', type=int, default=256)
    p.add_argument('--iters', type=int, default=10)
    p.add_argument('--full-det', nargs='+', default=['True'], choices=['True', 'False'],
                   help='one full determinant (True) or spin blocks (False)')
    args = p.parse_args()
    mol = gto.M(atom='Li 0 0 0; H 0 0 3.015', unit='bohr', basis='cc-pvdz', verbose=0)
    mf = scf.RHF(mol).run()
    print(f'LiH, {args.nwalkers} walkers, 10 MCMC steps/iteration, float32, {jax.device_count()} device(s)')
    print(f'{"network":>8} {"full_det":>8} {"optimizer":>9} {"laplacian":>9} {"params":>8} {"s/iter":>8} '
          f'{"peak MB":>8}')
    for net in args.networks:
        for full in args.full_det:
            for opt in args.optimizers:
                for lap in args.laplacians:
                    fn = FermiNet(mf, network=net, optimizer=opt, laplacian=lap, nwalkers=args.nwalkers,
                                  full_det=full == 'True', pretrain_cycle=0, burn_in=10, verbose=0)
                    fn.build()
                    sec, nparams = time_iterations(fn, args.iters)
                    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                    print(f'{net:>8} {full:>8} {opt:>9} {lap:>9} {nparams:>8d} {sec:8.3f} {peak:8.0f}',
                          flush=True)


if __name__ == '__main__':
    main()
