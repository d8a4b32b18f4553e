"""Local Hartree-Fock exchange energy densities and their Fock-matrix contributions.

For a spin density matrix D_s (nao, nao) and a two-electron kernel v(r, r') (1/|r - r'| for
omega = 0, erf(omega |r - r'|)/|r - r'| otherwise) the local exchange energy density is

    e_x^s(r) = -1/2 sum_bc E_b(r) nu_bc(r) E_c(r),   E_b(r) = sum_a chi_a(r) D_s[a, b],
    nu_bc(r) = int chi_b(r') v(r, r') chi_c(r') dr'                   (PySCF 'int1e_grids'),

so that int e_x^s(r) dr = -1/2 tr(D_s K[D_s]), the exact exchange energy of that spin. Its
derivative by D_s[a, b] is -chi_a(r) (nu(r) E(r))_b; a weight v(r) = w(r) dE_xc/de_x(r) turns it into
the (symmetrised) Fock contribution  -1/2 sum_r v(r) [chi_a (nu E)_b + (nu E)_a chi_b].

The integrals nu (N_grid x nao^2 per omega) dominate the cost. :class:`NuIntegrals` computes them in
fixed blocks of grid points and keeps them in memory across SCF cycles when they fit in a budget
(they depend on the molecule and grid only, not on D); otherwise every call recomputes them blockwise.
"""

import hashlib

import numpy as np
from pyscf.lib import logger

OMEGAS = (0.0, 0.4)


def nu_integrals(mol, coords, omega):
    """nu_bc(r) for every point r.

    Args:
        mol: pyscf.gto.Mole.
        coords: (N, 3) grid points, bohr.
        omega: range-separation parameter, bohr^-1; 0 for the full Coulomb kernel.
    Returns:
        (N, nao, nao) float64 array, hartree (PySCF's layout: a transposed view, N fastest).
    """
    with mol.with_range_coulomb(omega):
        return mol.intor('int1e_grids', grids=coords)


def exchange_density(ao_value, dm, nu):
    """Local exchange energy density of one spin and one omega.

    Args:
        ao_value: (N, nao) AO values chi_a(r).
        dm: (nao, nao) spin density matrix (symmetric).
        nu: (N, nao, nao) integrals from :func:`nu_integrals`.
    Returns:
        e_x (N,) in Eh / bohr^3, and nu E (N, nao), reused by :func:`exchange_fock_half`.
    """
    e_orb = ao_value @ dm
    nu_t = nu.transpose(2, 1, 0)
    if nu_t.flags.c_contiguous:
        # PySCF's int1e_grids layout (a transposed view, grid index fastest): contract in place
        # rather than copying; as fast as a batched matmul on a C-ordered copy.
        nu_e = np.einsum('cbg,cg->bg', nu_t, np.ascontiguousarray(e_orb.T)).T
    else:
        nu_e = np.matmul(nu, e_orb[:, :, None])[:, :, 0]
    return -0.5 * np.einsum('gb,gb->g', e_orb, nu_e), nu_e


def exchange_fock_half(ao_value, nu_e, v):
    """Half of the (symmetric) Fock contribution; add its transpose to complete it.

    Args:
        ao_value: (N, nao).
        nu_e: (N, nao) from :func:`exchange_density`.
        v: (N,) grid weight times dE_xc / de_x.
    Returns:
        (nao, nao) array H with F = H + H^T.
    """
    return -0.5 * ao_value.T @ (nu_e * v[:, None])


def block_size(nao, ngrids, budget_mb=200):
    """Grid points per block so that one block of nu (both omegas) takes about budget_mb."""
    per_point = 8 * (len(OMEGAS) * nao * nao + 16 * nao)
    blk = max(64, int(budget_mb * 1e6 / per_point) // 64 * 64)
    nblocks = -(-ngrids // blk)
    # equal blocks, so that padding the last one to the jitted block size wastes < 64 points each
    return max(64, -(-ngrids // (nblocks * 64)) * 64)


def _fingerprint(mol, coords):
    h = hashlib.sha1()
    for arr in (mol._atm, mol._bas, mol._env, np.asarray(coords)):
        h.update(np.ascontiguousarray(arr).tobytes())
    h.update(str(mol.cart).encode())
    return h.hexdigest()


class NuIntegrals:
    """Blocks of nu integrals for one (molecule, grid), cached when they fit.

    Attributes:
        max_memory : float
            MB allowed for keeping nu of all grid points between calls; 0 disables the cache, and
            nu is recomputed blockwise at every call (slower SCF cycles, memory of one block).
    """

    def __init__(self, max_memory=4000, verbose=logger.NOTE, stdout=None):
        self.max_memory = max_memory
        self.verbose = verbose
        self.stdout = stdout
        self._key = None
        self._blocks = None

    def reset(self):
        """Forget cached integrals."""
        self._key = None
        self._blocks = None

    def blocks(self, mol, coords, blksize):
        """Yield (start, stop, nu) over the grid; nu[k] (stop - start, nao, nao) for OMEGAS[k]."""
        ngrids, nao = len(coords), mol.nao
        size_mb = len(OMEGAS) * ngrids * nao * nao * 8 / 1e6
        keep = size_mb <= self.max_memory
        key = (_fingerprint(mol, coords), blksize) if keep else None
        if keep and key == self._key:
            yield from self._blocks
            return
        self.reset()
        log = logger.new_logger(self, self.verbose)
        t0 = (logger.process_clock(), logger.perf_counter())
        stored = []
        for start in range(0, ngrids, blksize):
            stop = min(start + blksize, ngrids)
            nu = tuple(nu_integrals(mol, coords[start:stop], w) for w in OMEGAS)  # no copies
            if keep:
                stored.append((start, stop, nu))
            yield start, stop, nu
        if keep:
            self._key, self._blocks = key, stored
            log.debug('nu integrals cached: %d points x %d AOs, %.0f MB', ngrids, nao, size_mb)
        else:
            log.debug('nu integrals (%.0f MB) exceed max_memory %.0f MB: recomputed each call',
                      size_mb, self.max_memory)
        log.timer('local exchange nu integrals', *t0)
