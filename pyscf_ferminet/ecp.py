"""Effective core potentials of a PySCF `mol` as arrays, and their energy in the local energy.

The ECP is read from `mol._ecpbas`, the table PySCF's own ECP integrals use, so whatever `mol._ecp`
holds (ccECP, BFD, LANL2DZ, def2, custom dictionaries; any radial powers) enters exactly as PySCF
interprets it. On ECP atom I (electron-nucleus distance r) the potential is

    V_I = U_loc(r) + sum_l U_l(r) sum_m |l m><l m|,   U(r) = sum_k c_k r^(n_k - 2) exp(-a_k r^2),

added to the Coulomb attraction of the effective charge Z - ncore. Row `[atom, l, nprim, n, so, ptr_exp,
ptr_coeff, 0]` of `_ecpbas` holds one bucket of terms; l = -1 is the local channel; spin-orbit rows
(so = 1) are left out, as in PySCF's scalar (non-relativistic) SCF.

The projector acts on psi through one electron's angle about the nucleus:

    (sum_m |l m><l m| psi) / psi at r_i
        = (2l + 1) / (4 pi) int dOmega' P_l(cos theta') psi(.. r_i' ..) / psi(.. r_i ..),

r_i' on the sphere of radius |r_i - R_I| about R_I. An angular rule with weights w_q (sum 1) turns it into
sum_q w_q (2l + 1) P_l(cos theta_q) psi(r_q)/psi(r); a uniformly random rotation of the rule, fresh per
electron, atom and step, makes the estimate unbiased (the rotation average of any rule is the exact
sphere average). Rules: the 12 vertices of the icosahedron (exact to degree 5, the default) or any
Lebedev grid of PySCF's DFT module (6, 14, 26, 38, 50, ... points: degree 3, 5, 7, 9, 11, ...).
"""

from __future__ import annotations

import dataclasses
import hashlib

import jax
import jax.numpy as jnp
import numpy as np

# Column indices of mol._ecpbas (libcint layout).
_ATOM_OF, _ANG_OF, _NPRIM_OF, _RADI_POWER, _SO_TYPE_OF, _PTR_EXP, _PTR_COEFF = 0, 1, 2, 3, 4, 5, 6

# The non-local channels are evaluated for electron-atom pairs closer than the radius where every
# channel is below this (hartree): the rest is set to zero.
CUTOFF_TOL = 1e-7


@dataclasses.dataclass(frozen=True, eq=False)
class ECP:
    """The effective core potentials of a molecule, zero-padded to static shapes.

    Attributes:
        atom: (necp,) index of each ECP atom in `System.atoms`.
        ncore: (necp,) core electrons replaced by the potential.
        local: (power, exponent, coefficient) of the local channel, each (necp, nterm):
            terms c r^power exp(-a r^2), power = n - 2 (padding: c = 0, power 0).
        channels: the same for the non-local channels l = 0 .. lmax, each (necp, lmax + 1, nterm).
        cutoff: (necp,) bohr; beyond it every non-local channel is below `CUTOFF_TOL`.
    """
    atom: np.ndarray
    ncore: np.ndarray
    local: tuple[np.ndarray, np.ndarray, np.ndarray]
    channels: tuple[np.ndarray, np.ndarray, np.ndarray]
    cutoff: np.ndarray

    @property
    def lmax(self) -> int:
        return self.channels[0].shape[1] - 1

    def fingerprint(self) -> str:
        """A digest of every array: two ECPs with the same one give the same Hamiltonian."""
        h = hashlib.sha1()
        for a in (self.atom, self.ncore, *self.local, *self.channels, self.cutoff):
            h.update(np.ascontiguousarray(a).tobytes())
            h.update(str(a.shape).encode())
        return h.hexdigest()


def _pad(terms: list, shape) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """terms[index] = list of (power, exponent, coefficient) -> three zero-padded arrays."""
    width = max([len(t) for t in terms.values()] + [1])
    power, expo, coef = (np.zeros(shape + (width,)) for _ in range(3))
    for index, t in terms.items():
        for k, (n, a, c) in enumerate(t):
            power[index + (k,)], expo[index + (k,)], coef[index + (k,)] = n, a, c
    return power, expo, coef


def radial(terms, r):
    """sum_k c_k r^p_k exp(-a_k r^2) over the last axis of the term arrays; r broadcasts against
    the term arrays' leading axes."""
    power, expo, coef = (jnp.asarray(t, r.dtype) for t in terms)
    r = r[..., None]
    return jnp.sum(coef * r ** power * jnp.exp(-expo * r * r), axis=-1)


def _cutoff(local_or_channel_terms, r_max=30.0, npts=6000) -> float:
    r = np.linspace(1e-3, r_max, npts)
    power, expo, coef = local_or_channel_terms
    v = np.sum(coef[..., None] * r ** power[..., None] * np.exp(-expo[..., None] * r * r), axis=-2)
    big = np.nonzero(np.any(np.abs(v.reshape(-1, npts)) > CUTOFF_TOL, axis=0))[0]
    return float(r[big[-1]]) if big.size else 0.0


def ecp_from_mol(mol, nuclei: np.ndarray) -> ECP | None:
    """The ECP of a built `mol` for the given nuclei (indices into the mol's atoms), or None.

    Args:
        mol: built `gto.Mole`.
        nuclei: (natm_real,) mol atom index of each `System` nucleus (ghost atoms carry no ECP).
    """
    ecpbas = np.asarray(getattr(mol, '_ecpbas', np.zeros((0, 8))), dtype=int).reshape(-1, 8)
    ecpbas = ecpbas[ecpbas[:, _SO_TYPE_OF] == 0]
    if ecpbas.size == 0:
        return None
    env = np.asarray(mol._env)
    ecp_atoms = sorted(set(int(a) for a in ecpbas[:, _ATOM_OF]))
    system_index = {int(m): i for i, m in enumerate(nuclei)}
    local, channels = {}, {}
    for row in ecpbas:
        ia, l, nprim, n = int(row[_ATOM_OF]), int(row[_ANG_OF]), int(row[_NPRIM_OF]), int(row[_RADI_POWER])
        a = env[row[_PTR_EXP]:row[_PTR_EXP] + nprim]
        c = env[row[_PTR_COEFF]:row[_PTR_COEFF] + nprim]
        k = ecp_atoms.index(ia)
        target, index = (local, (k,)) if l < 0 else (channels, (k, l))
        target.setdefault(index, []).extend((n - 2, ai, ci) for ai, ci in zip(a, c))
    necp = len(ecp_atoms)
    lmax = max([l for _, l in channels] + [-1])
    local_arr = _pad(local, (necp,))
    channel_arr = _pad(channels, (necp, lmax + 1))
    cutoff = np.array([_cutoff(tuple(t[k] for t in channel_arr)) if lmax >= 0 else 0.0
                       for k in range(necp)])
    return ECP(atom=np.array([system_index[a] for a in ecp_atoms], dtype=int),
               ncore=np.array([mol.atom_nelec_core(a) for a in ecp_atoms], dtype=int),
               local=local_arr, channels=channel_arr, cutoff=cutoff)


def cusp_charges(charges: np.ndarray, ecp: ECP | None) -> np.ndarray:
    """(natm,) strength of each nucleus's 1/r singularity, the charge of its electron-nucleus cusp.

    Z_eff minus the r^-1 terms of the local channel at r = 0: 0 for potentials that cancel the
    Coulomb singularity (ccECP, BFD), whose wavefunctions have no cusp there. Bounded below by 0.
    """
    out = np.asarray(charges, np.float64).copy()
    if ecp is not None:
        power, _, coef = ecp.local
        out[ecp.atom] -= np.sum(np.where(power == -1, coef, 0.0), axis=-1)
    return np.maximum(out, 0.0)


# ---- angular rules -------------------------------------------------------------------------------

def icosahedron() -> tuple[np.ndarray, np.ndarray]:
    """The 12 vertices of the icosahedron on the unit sphere, equal weights: exact to degree 5."""
    phi = (1.0 + np.sqrt(5.0)) / 2.0
    pts = []
    for s1 in (1.0, -1.0):
        for s2 in (phi, -phi):
            pts += [(0.0, s1, s2), (s1, s2, 0.0), (s2, 0.0, s1)]
    pts = np.asarray(pts)
    return pts / np.linalg.norm(pts, axis=1, keepdims=True), np.full(12, 1.0 / 12.0)


def angular_rule(npoints: int) -> tuple[np.ndarray, np.ndarray]:
    """(points (nq, 3) on the unit sphere, weights (nq,) summing to 1).

    12: the icosahedron (degree 5); otherwise a Lebedev grid of PySCF (6, 14, 26, 38, 50, 74, ...).
    """
    if npoints == 12:
        return icosahedron()
    from pyscf.dft import LebedevGrid
    if npoints not in LebedevGrid.LEBEDEV_ORDER.values():
        sizes = ', '.join(str(n) for n in sorted(LebedevGrid.LEBEDEV_ORDER.values())[1:12])
        raise ValueError(f'ecp_quadrature = {npoints!r}: choose 12 (icosahedron, degree 5) or a Lebedev '
                         f'grid size ({sizes}, ...).')
    grid = LebedevGrid.MakeAngularGrid(npoints)
    return np.asarray(grid[:, :3]), np.asarray(grid[:, 3]) / np.sum(grid[:, 3])


def random_rotations(key, shape, dtype) -> jnp.ndarray:
    """Uniformly distributed rotation matrices (*shape, 3, 3), from normalised Gaussian quaternions."""
    q = jax.random.normal(key, shape + (4,), dtype)
    w, x, y, z = jnp.moveaxis(q / jnp.linalg.norm(q, axis=-1, keepdims=True), -1, 0)
    return jnp.stack([
        jnp.stack([1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y)], -1),
        jnp.stack([2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x)], -1),
        jnp.stack([2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y)], -1)], -2)


def legendre(lmax: int, t):
    """(..., lmax + 1) Legendre polynomials P_0 .. P_lmax at t, by the three-term recurrence."""
    p = [jnp.ones_like(t), t]
    for l in range(1, lmax):
        p.append(((2 * l + 1) * t * p[l] - l * p[l - 1]) / (l + 1))
    return jnp.stack(p[:lmax + 1], axis=-1)


# ---- energy --------------------------------------------------------------------------------------

def local_potential(x, atoms, ecp: ECP):
    """sum_i sum_I U_loc,I(|r_i - R_I|), hartree. x (nelec * 3,), atoms (natm, 3), bohr."""
    r = x.reshape(-1, 3)
    dist = jnp.linalg.norm(r[:, None] - atoms[ecp.atom][None], axis=-1)         # (nelec, necp)
    return jnp.sum(radial(ecp.local, dist))


def _pairs(r, atoms, ecp: ECP, rule, rot):
    """Geometry and angular weights of the electron-ECP atom pairs.

    Args:
        r: (..., nelec, 3) electrons; rot: (..., nelec, necp, 3, 3) rotations of the rule, or None.

    Returns:
        moved (..., nelec, necp, nq, 3), the rule's points on the sphere through the electron about
        the atom; coef (..., nelec, necp, nq), sum_l U_l(dist) (2l + 1) w_q
        P_l(cos theta_q), zero for pairs beyond the cutoff; inside (..., nelec, necp).
    """
    points, weights = (jnp.asarray(a, r.dtype) for a in rule)
    centres = atoms[ecp.atom]                                                     # (necp, 3)
    d = r[..., :, None, :] - centres                                              # (..., nelec, necp, 3)
    dist = jnp.linalg.norm(d, axis=-1)
    q = jnp.broadcast_to(points, dist.shape + points.shape) if rot is None else \
        jnp.einsum('...ij,qj->...qi', rot, points)                                # (..., nq, 3)
    cos = jnp.einsum('...i,...qi->...q', d / dist[..., None], q)
    moved = centres[:, None] + dist[..., None, None] * q
    inside = dist < jnp.asarray(ecp.cutoff, r.dtype)
    ls = jnp.arange(ecp.lmax + 1)
    u = radial(ecp.channels, jnp.where(inside, dist, 1.0)[..., None]) * (2 * ls + 1)  # (..., L)
    coef = weights * jnp.einsum('...ql,...l->...q', legendre(ecp.lmax, cos), u)
    return moved, jnp.where(inside[..., None], coef, 0.0), inside


def nonlocal_energy(log_psi, x, atoms, ecp: ECP, rule, key=None):
    """sum_i sum_I sum_l U_l(r_iI) (2l + 1) sum_q w_q P_l(cos theta_q) psi(r_q) / psi(r), hartree.

    Args:
        log_psi: x (nelec * 3,) -> (sign, log|psi|), at fixed parameters and nuclei.
        x: (nelec * 3,) electron positions, bohr; atoms: (natm, 3), bohr.
        rule: (points (nq, 3), weights (nq,)) from `angular_rule`.
        key: PRNG key for the random rotation of the rule (one per electron and ECP atom); None
            uses the rule as it is (deterministic, with the rule's angular error).

    Cost: nelec * necp * nq extra evaluations of log_psi (values only, batched by vmap) whatever the
    cutoff: pairs beyond it are computed and then masked, to keep the shapes static. For a batch of
    walkers, `nonlocal_energy_batch` evaluates only the pairs within the cutoff.
    """
    if ecp.lmax < 0:
        return jnp.zeros((), x.dtype)
    r = x.reshape(-1, 3)
    nelec, necp = r.shape[0], len(ecp.atom)
    rot = None if key is None else random_rotations(key, (nelec, necp), x.dtype)
    moved, coef, _ = _pairs(r, atoms, ecp, rule, rot)
    sign0, log0 = log_psi(x)
    electron = jnp.broadcast_to(jnp.arange(nelec)[:, None, None], moved.shape[:-1]).reshape(-1)

    def ratio(i, ri):
        s, l = log_psi(r.at[i].set(ri).reshape(-1))
        return s * sign0 * jnp.exp(l - log0)

    ratios = jax.vmap(ratio)(electron, moved.reshape(-1, 3)).reshape(moved.shape[:-1])
    return jnp.sum(coef * ratios)


def nonlocal_energy_batch(log_psi, x, atoms, ecp: ECP, rule, keys, chunk: int):
    """`nonlocal_energy` of every walker of a batch, evaluating only the pairs within the cutoff.

    The (walker, electron, ECP atom) pairs within the cutoff are gathered to the front and their
    quadrature points evaluated `chunk` pairs (chunk * nq wavefunctions) at a time, in a loop that
    stops after the last such pair: the cost follows the number of pairs inside the cutoff (for a
    first-row ccECP atom about 60 % of the valence electrons), not nelec * necp. The rotation of
    walker w's rule is drawn from keys[w] as in `nonlocal_energy`, so both give the same numbers.

    Args:
        log_psi: x (nelec * 3,) -> (sign, log|psi|).
        x: (nwalkers, nelec * 3); keys: (nwalkers,) PRNG keys; chunk: pairs per evaluation.

    Returns:
        (nwalkers,) hartree.
    """
    nw = x.shape[0]
    if ecp.lmax < 0:
        return jnp.zeros_like(x[:, 0])
    r = x.reshape(nw, -1, 3)
    nelec, necp = r.shape[1], len(ecp.atom)
    rot = jax.vmap(lambda k: random_rotations(k, (nelec, necp), x.dtype))(keys)
    moved, coef, inside = _pairs(r, atoms, ecp, rule, rot)
    nq = moved.shape[-2]
    moved, coef = moved.reshape(-1, nq, 3), coef.reshape(-1, nq)
    sign0, log0 = jax.vmap(log_psi)(x)
    npairs = nw * nelec * necp
    count = jnp.sum(inside)
    nchunks = -(-npairs // chunk)
    order = jnp.nonzero(inside.reshape(-1), size=nchunks * chunk, fill_value=0)[0]
    walker, electron = order // (nelec * necp), (order // necp) % nelec

    def ratio(w, i, ri):
        s, l = log_psi(r[w].at[i].set(ri).reshape(-1))
        return s * sign0[w] * jnp.exp(l - log0[w])

    def body(c, acc):
        sl = lambda a: jax.lax.dynamic_slice_in_dim(a, c * chunk, chunk)
        pair, w, i = sl(order), sl(walker), sl(electron)
        ratios = jax.vmap(jax.vmap(ratio, (None, None, 0)))(w, i, moved[pair])       # (chunk, nq)
        valid = c * chunk + jnp.arange(chunk) < count
        return acc.at[w].add(jnp.where(valid, jnp.sum(coef[pair] * ratios, axis=-1), 0.0))

    return jax.lax.fori_loop(0, (count + chunk - 1) // chunk, body, jnp.zeros_like(x[:, 0]))
