"""E_xc and its Fock matrices for DM21-family functionals on a PySCF grid.

Plain functions; :class:`pyscf_ferminet.dft.numint.NeuralNumInt` is a thin PySCF face over them.

Precision: the network runs in float64 by default inside a scoped ``jax.enable_x64(True)`` context,
so the package-wide JAX default (float32, used by the VMC code) is never flipped. ``dtype='float32'``
evaluates the network in single precision (as the original TensorFlow release did): about 2-3x
faster on CPU, energies differ by ~1e-6 Eh, the potential is then only float32-accurate.
"""

import jax
import jax.numpy as jnp
import numpy as np
from pyscf import dft
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


@jax.jit
def _energy_and_grad(params, features, weights):
    def energy(x):
        return jnp.sum(weights * network.energy_density(params, x))
    return jax.value_and_grad(energy)(features)


def _to_jax(params, dtype):
    return jax.tree_util.tree_map(lambda a: jnp.asarray(a, dtype=dtype), params)


def _densities(ao, dms):
    """rho, grad rho (3), tau per spin: (2, 5, N); and E = chi . D_s (2, N, nao)."""
    e_orb = np.stack([ao[0] @ d for d in dms])
    rho = np.empty((2, 5, ao.shape[1]))
    for s in range(2):
        rho[s, 0] = np.einsum('ga,ga->g', ao[0], e_orb[s])
        for i in range(3):
            rho[s, 1 + i] = 2.0 * np.einsum('ga,ga->g', ao[1 + i], e_orb[s])
        rho[s, 4] = 0.5 * sum(np.einsum('ga,ga->g', ao[1 + i], ao[1 + i] @ dms[s]) for i in range(3))
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


def _semilocal_fock_half(ao, rho, dfeat):
    """Half of the rho/grad/tau Fock contributions per spin, (2, nao, nao); F = H + H^T.

    dfeat: (N, 11) weighted derivatives w dE/dfeature.
    """
    grad_total = rho[0, 1:4] + rho[1, 1:4]
    half = []
    for s in range(2):
        v_rho = dfeat[:, s]
        v_grad = 2.0 * dfeat[:, 2] * grad_total + 2.0 * dfeat[:, 3 + s] * rho[s, 1:4]
        v_tau = dfeat[:, 5 + s]
        aow = ao[0] * (0.5 * v_rho)[:, None]
        for i in range(3):
            aow += ao[1 + i] * v_grad[i][:, None]
        h = ao[0].T @ aow
        for i in range(3):
            h += 0.25 * ao[1 + i].T @ (ao[1 + i] * v_tau[:, None])
        half.append(h)
    return np.stack(half)


def eval_xc(mol, grids, dms, params, nu_cache=None, with_fock=True, dtype='float64',
            verbose=None):
    """Exchange-correlation energy and Fock matrices of a DM21-family functional.

    Args:
        mol: pyscf.gto.Mole (spherical or cartesian basis).
        grids: built pyscf.dft.gen_grid.Grids (coords in bohr, weights).
        dms: (nao, nao) total (RKS) or (2, nao, nao) spin density matrices.
        params: network parameters from :func:`network.load_params`.
        nu_cache: a :class:`local_exchange.NuIntegrals`; a fresh one (no reuse) if None.
        with_fock: also return the Fock matrices.
        dtype: 'float64' or 'float32', precision of the network evaluation.
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
    coords, weights = np.asarray(grids.coords), np.asarray(grids.weights)
    blksize = local_exchange.block_size(nao, len(coords))
    if nu_cache is None:
        nu_cache = local_exchange.NuIntegrals(max_memory=0, verbose=log.verbose)
    same_spins = np.array_equal(dms[0], dms[1])
    nelec, exc = np.zeros(2), 0.0
    vhalf = np.zeros((2, nao, nao))
    with jax.enable_x64(True):
        jparams = _to_jax(params, jnp.float64 if dtype == 'float64' else jnp.float32)
        for start, stop, nu in nu_cache.blocks(mol, coords, blksize):
            ao = dft.numint.eval_ao(mol, coords[start:stop], deriv=1)
            w = weights[start:stop]
            rho, _ = _densities(ao, dms)
            e_hf = np.empty((2, len(local_exchange.OMEGAS), stop - start))
            nu_e = [[None] * len(local_exchange.OMEGAS) for _ in range(2)]
            for s in range(2):
                for k in range(len(local_exchange.OMEGAS)):
                    if s == 1 and same_spins:
                        e_hf[1, k], nu_e[1][k] = e_hf[0, k], nu_e[0][k]
                    else:
                        e_hf[s, k], nu_e[s][k] = local_exchange.exchange_density(ao[0], dms[s], nu[k])
            feats = _features(rho, e_hf)
            # pad to a fixed block size so that the jitted network compiles once
            pad = blksize - len(w)
            x = np.pad(feats, ((0, pad), (0, 0)))
            wp = np.pad(w, (0, pad))
            e_blk, dfeat = _energy_and_grad(jparams, jnp.asarray(x, jparams['squash'][0].dtype),
                                            jnp.asarray(wp, jparams['squash'][0].dtype))
            exc += float(e_blk)
            nelec += rho[:, 0] @ w
            if not with_fock:
                continue
            dfeat = np.asarray(dfeat, dtype=np.float64)[:len(w)]
            vhalf += _semilocal_fock_half(ao, rho, dfeat)
            for s in range(2):
                for k in range(len(local_exchange.OMEGAS)):
                    vhalf[s] += local_exchange.exchange_fock_half(
                        ao[0], nu_e[s][k], dfeat[:, 7 + 2 * s + k])
    log.timer('DM21 E_xc and potential' if with_fock else 'DM21 E_xc', *t0)
    vxc = vhalf + vhalf.transpose(0, 2, 1) if with_fock else None
    return nelec, exc, vxc
