"""Wall time of a DM21 SCF against a B3LYP SCF on the same molecule and grid.

Both start from PySCF's default (minao) guess on the default level-3 grid. DM21 uses the
convenience class's convergence settings (conv_tol 1e-6, conv_tol_grad 1e-3, as in the DM21
release); B3LYP uses PySCF's defaults. Run:  python benchmarks/bench_dm21.py
"""

import time

import jax
from pyscf import dft, gto, lib

from pyscf_ferminet import dft as nndft

MOLECULES = {
    'H2O/cc-pVDZ': dict(atom='O 0 0 0.1173; H 0 0.7572 -0.4692; H 0 -0.7572 -0.4692',
                        basis='cc-pvdz'),
    'CH4/def2-TZVP': dict(atom='C 0 0 0; H 0.6276 0.6276 0.6276; H -0.6276 -0.6276 0.6276; '
                               'H -0.6276 0.6276 -0.6276; H 0.6276 -0.6276 -0.6276',
                          basis='def2-tzvp'),
}


def timed_scf(mf):
    cycles = []
    mf.callback = lambda env: cycles.append(env['cycle'])
    t0 = time.perf_counter()
    mf.kernel()
    return time.perf_counter() - t0, len(cycles), mf.e_tot


def main():
    print(f'threads: {lib.num_threads()}, jax {jax.__version__}')
    header = ('| molecule | nao | grid points | B3LYP s (cycles) | DM21 float64 s (cycles) | ratio '
              '| DM21 float32 s (cycles) | ratio |')
    print(header)
    print('|' + '---|' * 8)
    for label, spec in MOLECULES.items():
        mol = gto.M(verbose=0, **spec)
        ref = dft.RKS(mol, xc='B3LYP')
        ref.grids.build()
        t_ref, n_ref, _ = timed_scf(ref)
        row = [label, str(mol.nao), str(len(ref.grids.weights)), f'{t_ref:.1f} ({n_ref})']
        for dtype in ('float64', 'float32'):
            mf = nndft.RKS(mol, functional='DM21', dtype=dtype, init_xc=None)
            mf.grids = ref.grids
            t, n, _ = timed_scf(mf)
            row += [f'{t:.1f} ({n})', f'{t / t_ref:.1f}x']
        print('| ' + ' | '.join(row) + ' |', flush=True)


if __name__ == '__main__':
    main()
