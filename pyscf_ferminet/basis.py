"""Atomic and molecular orbitals of a PySCF basis evaluated in JAX.

The Gaussian basis of a ``pyscf.gto.Mole`` is read once from the raw libcint
tables (``mol._atm``, ``mol._bas``, ``mol._env``) into flat numpy arrays grouped
by angular momentum.  Evaluation is then a handful of vectorised JAX operations
per angular momentum ``l``:

    ao(r) = sum_k c_k exp(-a_k |r - R|^2) * [x^i y^j z^k]_cart @ T_l

where the contraction coefficients ``c_k`` are those stored in ``mol._env``
(they already include PySCF's primitive and contraction normalisation) and
``T_l`` is ``pyscf.gto.cart2sph(l)`` for spherical basis sets, or the libcint
cartesian convention (s and p carry the factors 1/sqrt(4 pi), sqrt(3/(4 pi));
d and higher cartesian functions carry none) for ``mol.cart``.  The result
matches ``mol.eval_gto('GTOval_sph')`` / ``'GTOval_cart'`` in AO order.

All lengths are in bohr.  Everything is jittable, vmappable and differentiable;
the angular part is built from integer powers by repeated multiplication, so
derivatives of any order are finite at the nuclei.

Ghost atoms (``ghost-H``, ``X-H``: basis functions without a nucleus) are kept: the
centres are ordered real nuclei first, then ghost atoms, so the positions of the real
nuclei alone can be passed as ``atoms`` and the ghost centres stay where ``mol`` put them.
"""

import dataclasses
from typing import Callable, Optional, Tuple

import jax
import jax.numpy as jnp
import numpy as np

# Column indices of mol._bas / mol._atm (libcint layout).
_ATOM_OF, _ANG_OF, _NPRIM_OF, _NCTR_OF, _PTR_EXP, _PTR_COEFF = 0, 1, 2, 3, 5, 6
_PTR_COORD = 1


def real_atoms(mol) -> np.ndarray:
    """Indices of the atoms of ``mol`` that carry a nucleus (ghost atoms have charge 0)."""
    return np.asarray([i for i in range(mol.natm) if mol.atom_charge(i) != 0], dtype=int)


def _centre_order(mol) -> np.ndarray:
    """Atom indices, real nuclei first, then ghost atoms (both in ``mol`` order)."""
    real = real_atoms(mol)
    ghosts = np.setdiff1d(np.arange(mol.natm), real)
    return np.concatenate([real, ghosts]).astype(int)


def ao_nucleus_index(mol) -> np.ndarray:
    """(nao,) index into the real nuclei (``real_atoms``) of the atom each AO sits on; an AO on a
    ghost atom counts for the nearest real nucleus."""
    real = real_atoms(mol)
    coords = mol.atom_coords(unit='Bohr')
    to_real = np.empty(mol.natm, dtype=int)
    for i in range(mol.natm):
        to_real[i] = np.argmin(np.linalg.norm(coords[real] - coords[i], axis=-1))
    ao_atom = np.concatenate([np.full(b - a, i) for i, (a, b) in
                              enumerate(np.asarray(mol.aoslice_by_atom()[:, 2:], dtype=int))])
    return to_real[ao_atom]


def _cart_powers(l: int) -> np.ndarray:
    """PySCF cartesian component order for angular momentum ``l``.

    Returns:
        (ncart, 3) int array of (lx, ly, lz), ordered xx, xy, xz, yy, yz, zz, ...
    """
    return np.array([(lx, ly, l - lx - ly) for lx in range(l, -1, -1)
                     for ly in range(l - lx, -1, -1)], dtype=np.int32)


@dataclasses.dataclass(frozen=True, eq=False)
class ShellGroup:
    """All shells of one angular momentum, padded to common sizes.

    Attributes:
        l: angular momentum.
        atom: (nshell,) int, index of the atom each shell sits on.
        exps: (nshell, nprim) Gaussian exponents (bohr^-2), zero-padded.
        coeffs: (nshell, nprim, nctr) contraction coefficients including PySCF's
            normalisation (as stored in ``mol._env``), zero-padded in both the
            primitive and the contraction axis.
        powers: (ncart, 3) int cartesian exponents (lx, ly, lz), PySCF order.
        transform: (ncart, ncomp) cartesian -> output components matrix
            (``cart2sph(l)`` for spherical, scaled identity for cartesian).
        select: (nao_group,) int, flat positions in the (nshell, nctr, ncomp)
            block that are real AOs (drops padded contraction columns), in the
            order the group's AOs are concatenated.
    """
    l: int
    atom: np.ndarray
    exps: np.ndarray
    coeffs: np.ndarray
    powers: np.ndarray
    transform: np.ndarray
    select: np.ndarray


@dataclasses.dataclass(frozen=True, eq=False)
class AOBasis:
    """Gaussian basis as flat numpy arrays (bohr), ready for JAX evaluation.

    Hashed by identity (``eq=False``), so it can be a static argument of
    ``jax.jit``; it is normally closed over instead.

    Attributes:
        groups: one :class:`ShellGroup` per angular momentum present.
        atom_coords: (natm, 3) centres (bohr) used when ``eval_ao`` is called
            without ``atoms``: real nuclei first, then ghost atoms.
        order: (nao,) int permutation; ``concat(groups)[..., order]`` is in
            PySCF AO order.
        cart: True for cartesian functions (``mol.cart``), else spherical.
        nao: number of atomic orbitals.
    """
    groups: Tuple[ShellGroup, ...]
    atom_coords: np.ndarray
    order: np.ndarray
    cart: bool
    nao: int


def _transform(l: int, cart: bool) -> np.ndarray:
    """(ncart, ncomp) matrix applied to the cartesian monomials of shell ``l``."""
    from pyscf.gto import cart2sph  # plain numpy helper; no scf import
    if not cart:
        return np.asarray(cart2sph(l), dtype=np.float64)
    ncart = (l + 1) * (l + 2) // 2
    fac = {0: 0.282094791773878143, 1: 0.488602511902919921}.get(l, 1.0)
    return np.eye(ncart) * fac


def ao_basis_from_mol(mol) -> AOBasis:
    """Extracts the basis of a ``pyscf.gto.Mole`` into an :class:`AOBasis`.

    Args:
        mol: built ``pyscf.gto.Mole`` (any basis, spherical or cartesian).

    Returns:
        The :class:`AOBasis` equivalent of ``mol``'s basis.
    """
    cart = bool(mol.cart)
    bas, env = np.asarray(mol._bas), np.asarray(mol._env)
    atm = np.asarray(mol._atm)
    centre_order = _centre_order(mol)
    position = np.argsort(centre_order)              # mol atom index -> row of atom_coords
    coords = np.stack([env[p:p + 3] for p in atm[centre_order, _PTR_COORD]]) if len(atm) \
        else np.zeros((0, 3))
    # AO offsets of every shell in PySCF order.
    ncomp = lambda l: (l + 1) * (l + 2) // 2 if cart else 2 * l + 1
    sizes = [ncomp(b[_ANG_OF]) * b[_NCTR_OF] for b in bas]
    offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(int)
    nao = int(offsets[-1])

    groups, ao_index = [], []
    for l in sorted(set(int(x) for x in bas[:, _ANG_OF])):
        ids = np.nonzero(bas[:, _ANG_OF] == l)[0]
        nprim = int(bas[ids, _NPRIM_OF].max())
        nctr = int(bas[ids, _NCTR_OF].max())
        nc = ncomp(l)
        exps = np.zeros((len(ids), nprim))
        coeffs = np.zeros((len(ids), nprim, nctr))
        select = []
        for s, ib in enumerate(ids):
            npr, nct = int(bas[ib, _NPRIM_OF]), int(bas[ib, _NCTR_OF])
            pe, pc = bas[ib, _PTR_EXP], bas[ib, _PTR_COEFF]
            exps[s, :npr] = env[pe:pe + npr]
            coeffs[s, :npr, :nct] = env[pc:pc + npr * nct].reshape(nct, npr).T
            # Shell AOs are contraction-major: (ctr0: comps..., ctr1: ...).
            select.extend(s * nctr * nc + np.arange(nct * nc))
            ao_index.extend(offsets[ib] + np.arange(nct * nc))
        groups.append(ShellGroup(
            l=l, atom=position[bas[ids, _ATOM_OF]].astype(np.int32), exps=exps,
            coeffs=coeffs, powers=_cart_powers(l), transform=_transform(l, cart),
            select=np.asarray(select, dtype=np.int32)))
    order = np.argsort(np.asarray(ao_index, dtype=np.int64)).astype(np.int32)
    return AOBasis(groups=tuple(groups), atom_coords=coords, order=order,
                   cart=cart, nao=nao)


def _eval_group(g: ShellGroup, r: jax.Array, centres: jax.Array) -> jax.Array:
    """AOs of one angular-momentum group: (..., 3) -> (..., nao_group)."""
    dtype = r.dtype
    d = r[..., None, :] - centres[g.atom]                        # (..., ns, 3)
    r2 = jnp.sum(d * d, axis=-1)                                  # (..., ns)
    prim = jnp.exp(-jnp.asarray(g.exps, dtype) * r2[..., None])   # (..., ns, K)
    radial = jnp.einsum('...sk,skc->...sc', prim,
                        jnp.asarray(g.coeffs, dtype))             # (..., ns, C)
    if g.l == 0:
        ang = jnp.ones(d.shape[:-1] + (1,), dtype)
    else:
        # pows[..., s, axis, n] = d_axis^n built by multiplication (grad-safe).
        pows = [jnp.ones_like(d), d]
        for _ in range(2, g.l + 1):
            pows.append(pows[-1] * d)
        pows = jnp.stack(pows, axis=-1)                           # (..., ns, 3, l+1)
        p = g.powers
        ang = pows[..., 0, p[:, 0]] * pows[..., 1, p[:, 1]] * pows[..., 2, p[:, 2]]
    ang = ang @ jnp.asarray(g.transform, dtype)                   # (..., ns, ncomp)
    vals = radial[..., :, :, None] * ang[..., :, None, :]          # (..., ns, C, ncomp)
    vals = vals.reshape(vals.shape[:-3] + (-1,))
    return vals[..., g.select]


def eval_ao(basis: AOBasis, r: jax.Array,
            atoms: Optional[jax.Array] = None) -> jax.Array:
    """Atomic orbital values at points ``r``.

    Args:
        basis: from :func:`ao_basis_from_mol`.
        r: (..., 3) positions in bohr (float32 or float64; sets the output dtype).
        atoms: optional (natm, 3) nuclear positions in bohr overriding the
            stored centres (differentiable); defaults to the mol geometry. With
            ghost atoms, the positions of the real nuclei alone: the ghost
            centres are taken from the basis.

    Returns:
        (..., nao) AO values in PySCF order, equal to
        ``mol.eval_gto('GTOval_sph')`` (``'GTOval_cart'`` if ``mol.cart``).
    """
    r = jnp.asarray(r)
    if not jnp.issubdtype(r.dtype, jnp.floating):
        r = r.astype(jnp.result_type(float))
    centres = jnp.asarray(basis.atom_coords if atoms is None else atoms, r.dtype)
    if centres.shape[0] < basis.atom_coords.shape[0]:          # ghost centres after the nuclei
        centres = jnp.concatenate([centres, jnp.asarray(basis.atom_coords[centres.shape[0]:], r.dtype)])
    vals = [_eval_group(g, r, centres) for g in basis.groups]
    return jnp.concatenate(vals, axis=-1)[..., basis.order]


def eval_mo(basis: AOBasis, coeff: jax.Array, r: jax.Array,
            atoms: Optional[jax.Array] = None) -> jax.Array:
    """Molecular orbital values at points ``r``.

    Args:
        basis: from :func:`ao_basis_from_mol`.
        coeff: (nao, nmo) MO coefficients (e.g. ``mf.mo_coeff``).
        r: (..., 3) positions in bohr.
        atoms: optional (natm, 3) nuclear positions in bohr.

    Returns:
        (..., nmo) MO values, ``eval_ao(basis, r, atoms) @ coeff``.
    """
    ao = eval_ao(basis, r, atoms)
    return ao @ jnp.asarray(coeff, ao.dtype)


def slater_log_psi(basis: AOBasis, coeff_up: jax.Array, coeff_dn: jax.Array
                   ) -> Callable[..., Tuple[jax.Array, jax.Array]]:
    """Single-determinant (UHF-style) wavefunction psi = det_up * det_dn.

    Args:
        basis: from :func:`ao_basis_from_mol`.
        coeff_up: (nao, n_up) occupied spin-up MO coefficients.
        coeff_dn: (nao, n_dn) occupied spin-down MO coefficients (n_dn may be 0).

    Returns:
        ``f(x, atoms=None) -> (sign, log|psi|)`` with ``x`` the flat
        (nelec * 3,) electron coordinates in bohr, the first ``n_up`` electrons
        spin up; ``atoms`` as in :func:`eval_ao`.  Empty channels give det = 1.
    """
    coeff_up, coeff_dn = np.asarray(coeff_up), np.asarray(coeff_dn)
    n_up, n_dn = coeff_up.shape[1], coeff_dn.shape[1]

    def f(x, atoms=None):
        r = jnp.reshape(x, (-1, 3))
        sign = jnp.ones((), r.dtype)
        logdet = jnp.zeros((), r.dtype)
        for c, rs in ((coeff_up, r[:n_up]), (coeff_dn, r[n_up:n_up + n_dn])):
            if c.shape[1] == 0:
                continue
            s, ld = jnp.linalg.slogdet(eval_mo(basis, c, rs, atoms))
            sign, logdet = sign * s, logdet + ld
        return sign, logdet

    return f
