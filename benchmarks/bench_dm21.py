"""Wall time of a DM21 SCF against a B3LYP SCF on the same molecule and grid.

B3LYP: PySCF's defaults (minao guess, conv_tol 1e-9) on the default level-3 grid. DM21: the
convenience class ``nndft.RKS`` on the same grid object, with its settings (conv_tol 1e-6,
conv_tol_grad 1e-3, as in the DM21 release); its time includes the B3LYP SCF that starts it
(init_xc='B3LYP', the default) and the nu integrals; the one-off JAX start-up and jit compilation
(reported separately, once per process) is done before the timings. Also shown: a
minao start (init_xc=None) and the float64 network. "net calls" counts the network evaluations
(one per SCF cycle, plus one for the initial guess's energy). Run:

    python benchmarks/bench_dm21.py            # all rows
    python benchmarks/bench_dm21.py H2O        # molecules whose label contains H2O
    python benchmarks/bench_dm21.py H2O 3      # best of 3 interleaved repetitions
"""

import sys
import time

import jax
import numpy as np
from pyscf import dft, gto, lib

from pyscf_ferminet import dft as nndft

MOLECULES = {
    'H2O/cc-pVDZ': dict(atom='O 0 0 0.1173; H 0 0.7572 -0.4692; H 0 -0.7572 -0.4692',
                        basis='cc-pvdz'),
    'CH4/def2-TZVP': dict(atom='C 0 0 0; H 0.6276 0.6276 0.6276; H -0.6276 -0.6276 0.6276; '
                               'H -0.6276 0.6276 -0.6276; H 0.6276 -0.6276 -0.6276',
                          basis='def2-tzvp'),
}

VARIANTS = [  # (column label, nndft.RKS keyword arguments)
    ('DM21 float32, B3LYP start (default)', dict(dtype='float32')),
    ('DM21 float32, minao start', dict(dtype='float32', init_xc=None)),
    ('DM21 float64, B3LYP start', dict(dtype='float64')),
]


def timed_scf(mf):
    cycles = []
    mf.callback = lambda env: cycles.append(env['cycle'])
    t0 = time.perf_counter()
    mf.kernel()
    return time.perf_counter() - t0, len(cycles), mf.e_tot


def count_calls(numint):
    calls = []
    inner = numint.eval_exc

    def counted(*args, **kwargs):
        calls.append(1)
        return inner(*args, **kwargs)
    numint.eval_exc = counted
    return calls


def warm_up():
    """Compile the network for both dtypes (once per process) and return the seconds it took."""
    mol = gto.M(atom='H 0 0 0; H 0 0 0.74', basis='sto-3g', verbose=0)
    t0 = time.perf_counter()
    for dtype in ('float32', 'float64'):
        nndft.xc_energy(mol, np.eye(mol.nao), grids=dft.Grids(mol).build(), dtype=dtype)
    return time.perf_counter() - t0


def main(selection='', repeat=1):
    print(f'threads: {lib.num_threads()}, jax {jax.__version__}')
    print(f'JAX start-up and jit compilation of the network (float32 + float64, once per process, '
          f'not in the times below): {warm_up():.1f} s')
    print('| molecule | nao | grid points | B3LYP s (cycles) | '
          + ' | '.join(f'{label} s (cycles, net calls) | ratio' for label, _ in VARIANTS) + ' |')
    print('|' + '---|' * (4 + 2 * len(VARIANTS)))
    for label, spec in MOLECULES.items():
        if selection not in label:
            continue
        mol = gto.M(verbose=0, **spec)
        grids = dft.Grids(mol).build()
        best = [None] * (1 + len(VARIANTS))  # (seconds, cycles, net calls) with the least seconds
        energies = [None] * len(VARIANTS)
        for _ in range(repeat):  # interleaved: every contender sees the same load on average
            ref = dft.RKS(mol, xc='B3LYP')
            ref.grids = grids
            t, n, _ = timed_scf(ref)
            best[0] = min(best[0] or (t, n, 0), (t, n, 0))
            for i, (_, kwargs) in enumerate(VARIANTS):
                mf = nndft.RKS(mol, functional='DM21', **kwargs)
                mf.grids = grids
                calls = count_calls(mf._numint)
                t, n, energies[i] = timed_scf(mf)
                best[i + 1] = min(best[i + 1] or (t, n, len(calls)), (t, n, len(calls)))
        t_ref = best[0][0]
        row = [label, str(mol.nao), str(len(grids.weights)), f'{t_ref:.1f} ({best[0][1]})']
        for t, n, calls in best[1:]:
            row += [f'{t:.1f} ({n}, {calls})', f'{t / t_ref:.1f}x']
        print('| ' + ' | '.join(row) + ' |', flush=True)
        print('  E_tot: ' + ', '.join(f'{e:.7f}' for e in energies)
              + f'  (spread {max(energies) - min(energies):.1e} Eh)', flush=True)

if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '', int(sys.argv[2]) if len(sys.argv) > 2 else 1)
