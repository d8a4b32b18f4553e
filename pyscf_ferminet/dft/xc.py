"""E_xc and its Fock matrices for DM21-family functionals on a PySCF grid.

Plain functions; :class:`pyscf_ferminet.dft.numint.NeuralNumInt` is a thin PySCF face over them.

Precision and cost: the network (7 dense 256-wide layers per grid point, its forward pass and one
vector-Jacobian product per SCF cycle) is most of the cost for small molecules (about 70 % of a call
for H2O/cc-pVDZ); with more AOs the local-exchange integrals and the AO-basis products (densities,
Fock matrices), which grow as grid points x nao^2, take over. It runs in float32 by default
(``dtype='float32'``, as in the original TensorFlow release; about 3x faster than float64 on CPU),
inside a scoped ``jax.enable_x64(True)`` context so the package-wide JAX default is never flipped.
Only the layers run in that dtype: the features, the energy densities f . (e_LDA, e_HF), their
weighted sum, the direct derivatives by rho and e_HF, and the Fock matrices are float64. E_xc then
differs from the float64 network by ~1e-7 Eh. ``dtype='float64'`` runs everything in float64.

Screening: points whose total density is <= ``rho_cutoff`` (default 1e-10 bohr^-3, about 8 % of a
level-3 grid) skip the network; their energy density and potential are zero (changes E_xc by
~1e-9 Eh). The network is jitted for a fixed chunk of ``CHUNK`` points (the last one padded), so it
compiles once per dtype and process.
"""

import jax
import jax.numpy as jnp
import numpy as np
from pyscf import dft, lib
from pyscf.lib import logger

from pyscf_ferminet.dft import local_exchange, network


def spin_density_matrices(dm):
    """(2, nao, nao) spin density matrices from an RKS (nao, nao) or UKS (2, nao, nao) matrix."""
    dm = np.asarray(dm, dtype=np.float64)
    if dm.ndim == 2:
        dm = np.stack([dm * 0.5, dm * 0.5])
    if dm.ndim != 3 or dm.shape[0] != 2 or dm.shape[1] != dm.shape[2]:
        raise ValueError(f'density matrix of shape {dm.shape}: expected (nao, nao) or (2, nao, nao)')
    return 0.5 * (dm + dm.transpose(0, 2, 1))


# Points per jitted network call. Every block of the grid is cut into chunks of this size (the last
# one zero-padded, with zero weight), so the network compiles once per dtype for all molecules and
# grids, and a chunk's activations (CHUNK x 256) stay in cache.
CHUNK = 1024
# Default density screening threshold (bohr^-3), cf. PySCF's small_rho_cutoff.
RHO_CUTOFF = 1e-10


@jax.jit
def _factors_and_vjp(params, features, cotangent):
    """Network outputs f (CHUNK, 3) and cotangent . df/dfeatures (CHUNK, 11), one forward pass."""
    f, vjp = jax.vjp(lambda x: network.enhancement_factors(params, x), features)
    return f, vjp(cotangent)[0]


def _network(jparams, feats, weights):
    """E_xc = sum(w e_xc) and w dE_xc/dfeatures (N, 11) of the N points given.

    Only the network (enhancement factors and their back-propagation) runs in the parameters'
    dtype; the features, the energy densities, their sum and the direct derivatives by rho and e_x
    stay float64. The points are cut into chunks of CHUNK (the last one zero-padded).
    """
    dtype = jparams['squash'][0].dtype
    n = len(weights)
    if n == 0:
        return 0.0, np.zeros((0, network.N_FEATURES))
    rho13 = np.cbrt(feats[:, :2])
    e_parts = np.stack([network.LDA_X_SPIN * np.einsum('gs,gs->g', feats[:, :2], rho13),
                        feats[:, 7] + feats[:, 9], feats[:, 8] + feats[:, 10]], axis=1)
    pad = -n % CHUNK
    x = np.pad(feats, ((0, pad), (0, 0))).astype(dtype)
    ct = np.pad(weights[:, None] * e_parts, ((0, pad), (0, 0))).astype(dtype)
    # dispatch every chunk first (JAX runs them asynchronously), then collect
    out = [_factors_and_vjp(jparams, x[i:i + CHUNK], ct[i:i + CHUNK])
           for i in range(0, n + pad, CHUNK)]
    f = np.concatenate([np.asarray(o[0], dtype=np.float64) for o in out])[:n]
    dfeat = np.concatenate([np.asarray(o[1], dtype=np.float64) for o in out])[:n]
    exc = float(weights @ np.einsum('gk,gk->g', f, e_parts))
    wf = weights[:, None] * f
    dfeat[:, :2] += wf[:, :1] * (4.0 / 3.0 * network.LDA_X_SPIN) * rho13
    dfeat[:, 7] += wf[:, 1]
    dfeat[:, 9] += wf[:, 1]
    dfeat[:, 8] += wf[:, 2]
    dfeat[:, 10] += wf[:, 2]
    return exc, dfeat


def _to_jax(params, dtype):
    return jax.tree_util.tree_map(lambda a: jnp.asarray(a, dtype=dtype), params)


def _densities(ao, dms, spins):
    """rho, grad rho (3), tau per spin: (2, 5, N); and E = chi . D_s (2, N, nao).

    spins: (0, 1), or (0,) when both spin density matrices are equal (computed once, copied).
    """
    e_orb = np.empty((2, ao.shape[1], ao.shape[2]))
    rho = np.empty((2, 5, ao.shape[1]))
    for s in spins:
        e_orb[s] = ao[0] @ dms[s]
        rho[s, 0] = np.einsum('ga,ga->g', ao[0], e_orb[s])
        for i in range(3):
            rho[s, 1 + i] = 2.0 * np.einsum('ga,ga->g', ao[1 + i], e_orb[s])
        rho[s, 4] = 0.5 * sum(np.einsum('ga,ga->g', ao[1 + i], ao[1 + i] @ dms[s]) for i in range(3))
    if spins == (0,):
        e_orb[1], rho[1] = e_orb[0], rho[0]
    rho[:, 0] = np.maximum(rho[:, 0], 0.0)
    rho[:, 4] = np.maximum(rho[:, 4], 0.0)
    return rho, e_orb


def _features(rho, e_hf):
    """(N, 11) network inputs from rho (2, 5, N) and e_hf (2 spins, 2 omegas, N)."""
    grad_a, grad_b = rho[0, 1:4], rho[1, 1:4]
    grad = grad_a + grad_b
    return np.stack([rho[0, 0], rho[1, 0],
                     np.einsum('xg,xg->g', grad, grad),
                     np.einsum('xg,xg->g', grad_a, grad_a),
                     np.einsum('xg,xg->g', grad_b, grad_b),
                     rho[0, 4], rho[1, 4],
                     e_hf[0, 0], e_hf[0, 1], e_hf[1, 0], e_hf[1, 1]], axis=1)


def _fock_half(ao, rho, dfeat, nu_e, spin_sum=False):
    """Half of the Fock matrices, F = H + H^T: (2, nao, nao) per spin, or (1, nao, nao) H_a + H_b
    with spin_sum (all that RKS needs, at half the cost).

    The rho, grad rho and local-exchange terms share one weighted AO matrix per spin,
        H = chi^T [v_rho/2 chi + v_grad . grad chi - 1/2 sum_k v_k (nu_k E)]
            + 1/4 sum_i (d_i chi)^T v_tau (d_i chi).

    Args:
        ao: (4, N, nao) AO values and gradients.
        rho: (2, 5, N) from :func:`_densities`.
        dfeat: (N, 11) weighted derivatives w dE/dfeature.
        nu_e: (n_omega, 2, N, nao) (nu E_s) of :mod:`.local_exchange`.
    """
    grad_total = rho[0, 1:4] + rho[1, 1:4]
    aows, v_taus = [], []
    for s in range(2):
        v_grad = 2.0 * dfeat[:, 2] * grad_total + 2.0 * dfeat[:, 3 + s] * rho[s, 1:4]
        aow = ao[0] * (0.5 * dfeat[:, s])[:, None]
        for i in range(3):
            aow += ao[1 + i] * v_grad[i][:, None]
        for k in range(len(nu_e)):
            aow -= nu_e[k][s] * (0.5 * dfeat[:, 7 + 2 * s + k])[:, None]
        aows.append(aow)
        v_taus.append(0.25 * dfeat[:, 5 + s])
    if spin_sum:
        aows, v_taus = [aows[0] + aows[1]], [v_taus[0] + v_taus[1]]
    half = []
    for aow, v_tau in zip(aows, v_taus):
        h = ao[0].T @ aow
        for i in range(3):
            h += ao[1 + i].T @ (ao[1 + i] * v_tau[:, None])
        half.append(h)
    return np.stack(half)


def eval_xc(mol, grids, dms, params, nu_cache=None, with_fock=True, dtype='float32',
            rho_cutoff=RHO_CUTOFF, max_memory=None, spin_average=False, verbose=None):
    """Exchange-correlation energy and Fock matrices of a DM21-family functional.

    Args:
        mol: pyscf.gto.Mole (spherical or cartesian basis).
        grids: built pyscf.dft.gen_grid.Grids (coords in bohr, weights).
        dms: (nao, nao) total (RKS) or (2, nao, nao) spin density matrices.
        params: network parameters from :func:`network.load_params`.
        nu_cache: a :class:`local_exchange.ExchangeIntegrals`; a fresh one (no reuse) if None.
        with_fock: also return the Fock matrices.
        dtype: 'float32' or 'float64', precision of the network evaluation.
        rho_cutoff: points whose total density is at most this (bohr^-3) are skipped: their
            energy density and potential are zero. 0 keeps every point.
        max_memory: MB this call may use beyond what the process holds (PySCF passes
            ``mf.max_memory`` less the current use); the integrals cached in ``nu_cache`` count
            towards it. None: ``mol.max_memory`` less the current use.
        spin_average: return the spin average 0.5 (V_a + V_b) in both entries of vxc (all that
            RKS needs; half the cost of the Fock build).
    Returns:
        nelec (2,) electrons per spin on the grid, exc (Eh), and vxc (2, nao, nao) = dE_xc/dD_s
        (None without with_fock).
    """
    log = logger.new_logger(mol, verbose)
    t0 = (logger.process_clock(), logger.perf_counter())
    dms = spin_density_matrices(dms)
    nao = mol.nao
    if dms.shape[1] != nao:
        raise ValueError(f'density matrix has {dms.shape[1]} AOs but the molecule has {nao}')
    if grids.coords is None or grids.weights is None:
        raise ValueError('grids are not built: call grids.build() first')
    if dtype not in ('float32', 'float64'):
        raise ValueError(f"dtype {dtype!r} not supported: use 'float32' or 'float64'")
    coords, weights = np.asarray(grids.coords), np.asarray(grids.weights)
    if nu_cache is None:
        nu_cache = local_exchange.ExchangeIntegrals(max_memory=0, verbose=log.verbose)
    if max_memory is None:
        max_memory = mol.max_memory - lib.current_memory()[0]
    blksize = nu_cache.begin(mol, coords, max_memory)
    spins = (0,) if np.array_equal(dms[0], dms[1]) else (0, 1)
    nelec, exc, n_kept = np.zeros(2), 0.0, 0
    vhalf = np.zeros((1 if spin_average else 2, nao, nao))
    with jax.enable_x64(True):
        jparams = _to_jax(params, jnp.float64 if dtype == 'float64' else jnp.float32)
        for start in range(0, len(coords), blksize):
            stop = min(start + blksize, len(coords))
            ao = dft.numint.eval_ao(mol, coords[start:stop], deriv=1)
            w = weights[start:stop]
            rho, e_orb = _densities(ao, dms, spins)
            nelec += rho[:, 0] @ w
            # nu_e[k][s]: (nu E_s) for OMEGAS[k], (N, nao); shared by equal spins
            nu_e = nu_cache.contract(mol, coords[start:stop], start, e_orb[list(spins)])
            if len(spins) == 1:
                nu_e = [np.concatenate([v, v]) for v in nu_e]
            e_hf = -0.5 * np.einsum('sgb,ksgb->skg', e_orb, np.asarray(nu_e))
            keep = np.flatnonzero(rho[0, 0] + rho[1, 0] > rho_cutoff)
            n_kept += len(keep)
            if len(keep) < len(w):  # screening: drop the points of (nearly) zero density
                ao, rho, w, e_hf = ao[:, keep], rho[:, :, keep], w[keep], e_hf[:, :, keep]
                nu_e = [v[:, keep] for v in nu_e]
            e_blk, dfeat = _network(jparams, _features(rho, e_hf), w)
            exc += e_blk
            if not with_fock:
                continue
            vhalf += _fock_half(ao, rho, dfeat, nu_e, spin_sum=spin_average)
    nu_cache.end(len(coords))
    log.debug('DM21 network on %d of %d grid points (rho > %g)', n_kept, len(weights), rho_cutoff)
    log.timer('DM21 E_xc and potential' if with_fock else 'DM21 E_xc', *t0)
    vxc = vhalf + vhalf.transpose(0, 2, 1) if with_fock else None
    if with_fock and spin_average:
        vxc = np.concatenate([0.5 * vxc, 0.5 * vxc])
    return nelec, exc, vxc
