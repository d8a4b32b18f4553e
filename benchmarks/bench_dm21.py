"""Wall time of a DM21 SCF against a B3LYP SCF on the same molecule and grid.

B3LYP: PySCF's defaults (minao guess, conv_tol 1e-9) on the default level-3 grid. DM21: the
convenience class ``nndft.RKS`` on the same grid object, with its settings (conv_tol 1e-6,
conv_tol_grad 1e-3, as in the DM21 release); its time includes the B3LYP SCF that starts it
(init_xc='B3LYP', the default) and the nu integrals; the one-off JAX start-up and jit compilation
(reported separately, once per process) is done before the timings. Also shown, for the two small
molecules: a minao start (init_xc=None) and the float64 network. "net calls" counts the network
evaluations (one per SCF cycle, plus one for the initial guess's energy). Both SCFs run with PySCF's
``max_memory`` (default 4000 MB): the local-exchange integrals of the grid blocks that do not fit are
contracted directly at every cycle. "peak GB" is the process's peak resident memory so far (rows
run from small to large). Run:

    python benchmarks/bench_dm21.py            # all rows
    python benchmarks/bench_dm21.py H2O        # molecules whose label contains H2O
    python benchmarks/bench_dm21.py H2O 3      # best of 3 interleaved repetitions

On a machine shared with other jobs, OpenBLAS's and OpenMP's threads spin against the other jobs
(a 114 x 1024 x 114 matrix product ran 10x slower on 2 threads than on 1 at load 10): run
``OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 python benchmarks/bench_dm21.py`` there, so both
functionals are measured on one thread each.
"""

import resource

import sys
import time

import jax
import numpy as np
from pyscf import dft, gto, lib

from pyscf_ferminet import dft as nndft

def alkane(n, cc=1.53, ch=1.09):
    """All-trans n-alkane C_nH_(2n+2) with tetrahedral angles: [(symbol, xyz Angstrom)]."""
    half = np.deg2rad(109.47 / 2)
    carbons = np.array([[i * cc * np.sin(half), (i % 2) * cc * np.cos(half), 0.0]
                        for i in range(n)])
    atoms = [('C', p) for p in carbons]
    z = np.array([0.0, 0.0, 1.0])
    for i, p in enumerate(carbons):
        bonds = [carbons[j] - p for j in (i - 1, i + 1) if 0 <= j < n]
        bonds = [v / np.linalg.norm(v) for v in bonds]
        if len(bonds) == 2:  # CH2: the two H out of the carbon plane
            u = -(bonds[0] + bonds[1]) / np.linalg.norm(bonds[0] + bonds[1])
            dirs = [u * np.cos(half) + sign * z * np.sin(half) for sign in (1, -1)]
        else:  # CH3, staggered
            a = bonds[0]
            e1 = np.cross(np.cross(a, z), a)
            e1 /= np.linalg.norm(e1)
            e2 = np.cross(a, e1)
            dirs = [-a / 3 + np.sqrt(8 / 9) * (np.cos(f) * e1 + np.sin(f) * e2)
                    for f in np.deg2rad([180, 60, -60])]
        atoms += [('H', p + ch * d) for d in dirs]
    return atoms


def benzene():
    from ase.collections import g2
    atoms = g2['C6H6']
    return list(zip(atoms.get_chemical_symbols(), atoms.positions))


MOLECULES = {
    'H2O/cc-pVDZ': dict(atom='O 0 0 0.1173; H 0 0.7572 -0.4692; H 0 -0.7572 -0.4692',
                        basis='cc-pvdz'),
    'CH4/def2-TZVP': dict(atom='C 0 0 0; H 0.6276 0.6276 0.6276; H -0.6276 -0.6276 0.6276; '
                               'H -0.6276 0.6276 -0.6276; H 0.6276 -0.6276 -0.6276',
                          basis='def2-tzvp'),
    'benzene/def2-SVP': dict(atom=benzene(), basis='def2-svp'),
    'n-hexane C6H14/def2-SVP': dict(atom=alkane(6), basis='def2-svp'),
}
SMALL = ('H2O/cc-pVDZ', 'CH4/def2-TZVP')  # all variants; the others the default one only

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
          + ' | '.join(f'{label} s (cycles, net calls) | ratio' for label, _ in VARIANTS)
          + ' | peak GB |')
    print('|' + '---|' * (5 + 2 * len(VARIANTS)))
    for label, spec in MOLECULES.items():
        if selection not in label:
            continue
        mol = gto.M(verbose=0, **spec)
        grids = dft.Grids(mol).build()
        variants = VARIANTS if label in SMALL else VARIANTS[:1]
        best = [None] * (1 + len(variants))  # (seconds, cycles, net calls) with the least seconds
        energies = [None] * len(variants)
        for _ in range(repeat):  # interleaved: every contender sees the same load on average
            ref = dft.RKS(mol, xc='B3LYP')
            ref.grids = grids
            t, n, _ = timed_scf(ref)
            best[0] = min(best[0] or (t, n, 0), (t, n, 0))
            for i, (_, kwargs) in enumerate(variants):
                mf = nndft.RKS(mol, functional='DM21', **kwargs)
                mf.grids = grids
                calls = count_calls(mf._numint)
                t, n, energies[i] = timed_scf(mf)
                best[i + 1] = min(best[i + 1] or (t, n, len(calls)), (t, n, len(calls)))
        t_ref = best[0][0]
        row = [label, str(mol.nao), str(len(grids.weights)), f'{t_ref:.1f} ({best[0][1]})']
        for t, n, calls in best[1:]:
            row += [f'{t:.1f} ({n}, {calls})', f'{t / t_ref:.1f}x']
        row += ['-'] * (2 * (len(VARIANTS) - len(variants)))
        row.append(f'{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6:.1f}')
        print('| ' + ' | '.join(row) + ' |', flush=True)
        print('  E_tot: ' + ', '.join(f'{e:.7f}' for e in energies)
              + f'  (spread {max(energies) - min(energies):.1e} Eh)', flush=True)

if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '', int(sys.argv[2]) if len(sys.argv) > 2 else 1)
