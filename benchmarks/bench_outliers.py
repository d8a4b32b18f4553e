"""Where the local-energy variance of a trained wavefunction comes from (LiH, small network).

    python benchmarks/bench_outliers.py [--max-cycle 1500] [--samples 50]

Trains LiH, then samples local energies with frozen parameters and prints their variance with and
without the largest 0.1 % / 1 % deviations from the median, and the largest deviations with each
walker's closest electron-nucleus and electron-electron distances (bohr).
"""

import argparse

import jax
import numpy as np

from pyscf_ferminet import FermiNet, driver

import reference  # benchmarks/reference.py, beside this script


def main():
    p = argparse.ArgumentParser()
    p.add_argument('--max-cycle', type=int, default=1500)
    p.add_argument('--samples', type=int, default=50, help='evaluation iterations whose walkers are kept')
    args = p.parse_args()
    entry = reference.load()['LiH']
    mf = reference.run_scf(entry)
    fn = FermiNet(mf, network='small', max_cycle=args.max_cycle, eval_cycle=1, verbose=0)
    fn.kernel()
    model = driver.Model(fn)
    state = fn.state
    e_loc = jax.jit(jax.vmap(model.local_energy, in_axes=(None, 0, None)))
    es, xs = [], []
    for _ in range(args.samples):
        for _ in range(4):                      # 40 MCMC steps between kept samples
            state, _ = model.vmc.eval_step(state)
        es.append(np.asarray(e_loc(state['params'], state['x'], state['atoms'])))
        xs.append(np.asarray(state['x']))
    e = np.concatenate(es)
    x = np.concatenate(xs).reshape(len(e), -1, 3)
    atoms = np.asarray(state['atoms'])
    r_en = np.linalg.norm(x[:, :, None] - atoms[None, None], axis=-1).min(axis=1)      # (w, natm)
    r_ee = np.linalg.norm(x[:, :, None] - x[:, None], axis=-1) + 1e9 * np.eye(x.shape[1])
    dev = np.abs(e - np.median(e))
    order = np.argsort(-dev)
    print(f'{len(e)} local energies: mean {e.mean():.6f} var {e.var():.5f} median {np.median(e):.6f}')
    for frac in (0.001, 0.01):
        keep = np.delete(e, order[:int(len(e) * frac)])
        print(f'  variance without the largest {100 * frac:g} % deviations: {keep.var():.5f}')
    print(f'{"E_L":>10} ' + ' '.join(f'{"r_" + str(a):>7}' for a in range(len(atoms))) + f' {"r_ee":>7}')
    for k in order[:15]:
        print(f'{e[k]:10.4f} ' + ' '.join(f'{r:7.4f}' for r in r_en[k]) + f' {r_ee[k].min():7.4f}')


if __name__ == '__main__':
    main()
