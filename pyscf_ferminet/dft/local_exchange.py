"""Local Hartree-Fock exchange energy densities and their Fock-matrix contributions.

For a spin density matrix D_s (nao, nao) and a two-electron kernel v(r, r') (1/|r - r'| for
omega = 0, erf(omega |r - r'|)/|r - r'| otherwise) the local exchange energy density is

    e_x^s(r) = -1/2 sum_bc E_b(r) nu_bc(r) E_c(r),   E_b(r) = sum_a chi_a(r) D_s[a, b],
    nu_bc(r) = int chi_b(r') v(r, r') chi_c(r') dr'                   (PySCF 'int1e_grids'),

so that int e_x^s(r) dr = -1/2 tr(D_s K[D_s]), the exact exchange energy of that spin. Its
derivative by D_s[a, b] is -chi_a(r) (nu(r) E(r))_b; a weight v(r) = w(r) dE_xc/de_x(r) turns it into
the (symmetrised) Fock contribution  -1/2 sum_r v(r) [chi_a (nu E)_b + (nu E)_a chi_b].

Everything downstream needs only the contraction (nu E)(r) (N, nao), never nu itself. The integrals
nu (N_grid x nao^2 per omega: 0.4 GB for H2O/cc-pVDZ, 30 GB for benzene/def2-SVP) depend on the
molecule and grid only, so :class:`ExchangeIntegrals` keeps as many blocks of them as a memory
budget allows across SCF cycles (then (nu E) is a cheap contraction), and for the blocks that do not
fit computes (nu E) directly, integral by integral, without storing nu (PySCF's seminumerical-
exchange kernel, with shell pairs of negligible overlap skipped).
"""

import hashlib

import numpy as np
from pyscf.lib import logger
from pyscf.sgx import sgx_jk

OMEGAS = (0.0, 0.4)
# Shell pairs whose overlap bound is below this are skipped by the direct contraction (PySCF's
# direct_scf_tol default); changes E_xc by < 1e-12 Eh on the test molecules.
DIRECT_SCREENING = 1e-13


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


def contract_nu(nu, e_orb):
    """(nu E)(r) from stored integrals.

    Args:
        nu: (N, nao, nao) from :func:`nu_integrals`.
        e_orb: (N, nao) E_b(r) = sum_a chi_a(r) D[a, b].
    Returns:
        (N, nao) array.
    """
    nu_t = nu.transpose(2, 1, 0)
    if nu_t.flags.c_contiguous:
        # PySCF's int1e_grids layout (a transposed view, grid index fastest): contract in place
        # rather than copying; as fast as a batched matmul on a C-ordered copy.
        return np.einsum('cbg,cg->bg', nu_t, np.ascontiguousarray(e_orb.T)).T
    return np.matmul(nu, e_orb[:, :, None])[:, :, 0]


def contract_direct(mol, coords, e_orbs, omega, screening=DIRECT_SCREENING):
    """(nu E)(r) for several E at once, computing the integrals on the fly and storing none.

    Args:
        mol: pyscf.gto.Mole.
        coords: (N, 3) grid points, bohr.
        e_orbs: (n, N, nao) one E per spin (the integrals are computed once for all of them).
        omega: range-separation parameter, bohr^-1.
        screening: overlap bound below which a shell pair is skipped.
    Returns:
        (n, N, nao) array.
    """
    fg = np.ascontiguousarray(np.asarray(e_orbs).transpose(0, 2, 1))  # (n, nao, N)
    coords = np.ascontiguousarray(coords)
    with mol.with_range_coulomb(omega):
        # pyscf.sgx's kernel for the K part of seminumerical exchange: out[g, b] =
        # sum_c nu_bc(r_g) fg[c, g], exploiting b <-> c symmetry, in C over all threads.
        part = sgx_jk._gen_jk_direct(mol, 's2', False, True, screening)
        _, nu_e = part(mol, coords, None, fg, np.ones(len(coords)))
    return nu_e.transpose(0, 2, 1)


def exchange_density(ao_value, dm, nu):
    """Local exchange energy density of one spin and one omega from stored integrals.

    Args:
        ao_value: (N, nao) AO values chi_a(r).
        dm: (nao, nao) spin density matrix (symmetric).
        nu: (N, nao, nao) integrals from :func:`nu_integrals`.
    Returns:
        e_x (N,) in Eh / bohr^3, and nu E (N, nao) (for the Fock matrix).
    """
    e_orb = ao_value @ dm
    nu_e = contract_nu(nu, e_orb)
    return -0.5 * np.einsum('gb,gb->g', e_orb, nu_e), nu_e


def nu_block_mb(nao, npoints):
    """MB of the stored integrals (all omegas) of npoints grid points."""
    return len(OMEGAS) * npoints * nao * nao * 8 / 1e6


def block_size(nao, ngrids, budget_mb=200, min_points=1024):
    """Grid points per block so that one block of nu (both omegas) takes about budget_mb, but at
    least min_points (the network's jitted chunk: smaller blocks would be padded to it)."""
    per_point = 8 * (len(OMEGAS) * nao * nao + 16 * nao)
    blk = max(min_points, int(budget_mb * 1e6 / per_point) // 64 * 64)
    nblocks = -(-ngrids // blk)
    # equal blocks, so that padding the last one to the jitted block size wastes < 64 points each
    return max(64, -(-ngrids // (nblocks * 64)) * 64)


def _fingerprint(mol, coords):
    h = hashlib.sha1()
    for arr in (mol._atm, mol._bas, mol._env, np.asarray(coords)):
        h.update(np.ascontiguousarray(arr).tobytes())
    h.update(str(mol.cart).encode())
    return h.hexdigest()


class ExchangeIntegrals:
    """(nu E)(r) over a grid, block by block, with the nu integrals of as many blocks cached as a
    memory budget allows; the other blocks are contracted directly at every call.

    Attributes:
        max_memory : float or None
            Upper bound (MB) on the cached integrals in addition to the budget of each call
            (PySCF's ``max_memory`` less what the process uses); 0 caches nothing, None (default)
            leaves only the per-call budget.
    """

    def __init__(self, max_memory=None, verbose=logger.NOTE, stdout=None):
        self.max_memory = max_memory
        self.verbose = verbose
        self.stdout = stdout
        self._key = None
        self._cache = {}
        self._blksize = None

    def reset(self):
        """Forget cached integrals."""
        self._key = None
        self._cache = {}

    @property
    def cached_mb(self):
        """MB held by the cached integrals."""
        return sum(sum(nu.nbytes for nu in blk) for blk in self._cache.values()) / 1e6

    def begin(self, mol, coords, max_memory):
        """Start a pass over the grid and return its block size (grid points).

        max_memory: MB the pass may use beyond what the process holds; the cached integrals count
        towards it (they are part of what the process holds). Blocks are kept while they fit; the
        block size is fixed at the first pass over a (molecule, grid), at most ~1/4 of the memory
        and 200 MB of integrals per block.
        """
        key = _fingerprint(mol, coords)
        if key != self._key:
            self.reset()
            self._key = key
            self._blksize = block_size(mol.nao, len(coords), min(200, max(max_memory, 0) / 4))
        # working arrays of one block: AO values and derivatives, E and (nu E) per spin and omega
        work_mb = 16 * mol.nao * self._blksize * 8 / 1e6
        limit = max_memory + self.cached_mb - work_mb
        if self.max_memory is not None:
            limit = min(limit, self.max_memory)
        while self._cache and self.cached_mb > limit:  # a smaller budget than at the last pass
            self._cache.pop(max(self._cache))
        self._limit = limit
        self._direct_points = 0
        return self._blksize

    def contract(self, mol, coords, start, e_orbs):
        """[(nu E) (n, N, nao) for each omega in OMEGAS] for the block starting at ``start``.

        e_orbs: (n, N, nao), one E per spin, N = len(coords) the points of this block.
        """
        cached = self._cache.get(start)
        if cached is None and self.cached_mb + nu_block_mb(mol.nao, len(coords)) <= self._limit:
            cached = self._cache[start] = tuple(nu_integrals(mol, coords, w) for w in OMEGAS)
        if cached is not None:
            return [np.stack([contract_nu(nu, e) for e in e_orbs]) for nu in cached]
        self._direct_points += len(coords)
        return [contract_direct(mol, coords, e_orbs, w) for w in OMEGAS]

    def end(self, ngrids):
        log = logger.new_logger(self, self.verbose)
        log.debug('local exchange: nu of %d of %d grid points cached (%.0f MB of %.0f MB allowed), '
                  '%d contracted directly', ngrids - self._direct_points, ngrids, self.cached_mb,
                  self._limit, self._direct_points)
