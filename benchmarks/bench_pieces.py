"""Seconds for each jitted piece of one training iteration, 256 walkers (LiH unless --system).

    python benchmarks/bench_pieces.py [--networks small default] [--optimizer spring] \
        [--ansatz ferminet] [--system H16] [--full-det True]

--system takes the labels of bench_scaling.py (H4 ... H32 chains at 1.8 bohr, LiH, H2O, N2, CH4, ...).
Per network: one batch log|psi| (an MCMC step costs one), the batch of local energies (folx forward
Laplacian), the whole optimiser update, and for SPRING/MinSR the factored Jacobian with its Gram matrix.
"""

import argparse
import time

import jax
import jax.numpy as jnp
from pyscf import gto, scf

from pyscf_ferminet import FermiNet, driver, optimize


class _Quiet:
    def __getattr__(self, name):
        return lambda *a, **k: None


def seconds(f, *args, n=10):
    jax.block_until_ready(f(*args))
    t0 = time.perf_counter()
    for _ in range(n):
        out = f(*args)
    jax.block_until_ready(out)
    return (time.perf_counter() - t0) / n


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--networks', nargs='+', default=['small', 'default'])
    p.add_argument('--optimizer', default='spring')
    p.add_argument('--ansatz', default='ferminet', choices=['ferminet', 'psiformer'])
    p.add_argument('--system', default=None)
    p.add_argument('--full-det', default='True', choices=['True', 'False'])
    p.add_argument('--repeat', type=int, default=10)
    args = p.parse_args()
    if args.system:
        from bench_scaling import molecule
        mol = molecule(args.system)
    else:
        mol = gto.M(atom='Li 0 0 0; H 0 0 3.015', unit='bohr', basis='cc-pvdz', verbose=0)
    mf = (scf.RHF(mol) if mol.spin == 0 else scf.ROHF(mol)).run()
    print(f'{"network":>8} {"log|psi|":>9} {"E_L":>9} {"update":>9} {"jac+gram":>9}   (seconds)')
    for net in args.networks:
        fn = FermiNet(mf, ansatz=args.ansatz, network=net, optimizer=args.optimizer, pretrain_cycle=0,
                      burn_in=10, full_det=args.full_det == 'True', verbose=0)
        fn.build()
        model = driver.Model(fn)
        state, _ = driver.initial_state(fn, model, _Quiet())
        params, x, atoms = state['params'], state['x'], state['atoms']
        log_prob = jax.jit(lambda p, y: model.vmc.log_prob(p, y, atoms))
        e_loc = jax.jit(lambda p, y: jax.vmap(model.local_energy, in_axes=(None, 0, None))(p, y, atoms))
        init, update = model.optimizer
        step = jax.jit(lambda p, s, y, e: update(p, s, y, atoms, e, jnp.zeros((), jnp.int32)))
        e = e_loc(params, x)
        n = args.repeat
        cells = [seconds(log_prob, params, x, n=n), seconds(e_loc, params, x, n=n),
                 seconds(step, params, init(params), x, e, n=n)]
        if args.optimizer in ('spring', 'minsr'):
            log_abs = lambda q, y, a: model.ansatz.log_psi(q, y, a)[1]
            gram = jax.jit(lambda p, y: optimize.FactoredJacobian(log_abs, p, y, atoms).gram())
            cells.append(seconds(gram, params, x, n=n))
        print(f'{net:>8} ' + ' '.join(f'{c:9.4f}' for c in cells), flush=True)


if __name__ == '__main__':
    main()
