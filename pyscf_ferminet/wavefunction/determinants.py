"""From a network body's last features to (sign, log|sum of determinants|).

Every ansatz ends the same way: per spin block, a linear projection of the features of that spin's
electrons gives `determinants` x `norb` orbital values per electron; they are multiplied by the
envelopes (`envelopes.py`) and, with exact cusps, by the electron-nucleus cusp factor of each row;
the determinants of the resulting matrices are summed in log space.

Determinant forms: a full determinant (`full_det=True`) has nelec columns, and its rows are the up
then the down electrons (each spin's rows come from that spin's projection); block determinants
(`full_det=False`) are one n_s x n_s determinant per non-empty spin, multiplied.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

import jax
import jax.numpy as jnp
import numpy as np

from pyscf_ferminet.wavefunction import envelopes
from pyscf_ferminet.wavefunction.layers import linear, linear_init
from pyscf_ferminet.wavefunction.linalg import slogdet


def nuclear_cusp_factor(r_ae_norm: jnp.ndarray, cusp_charges: jnp.ndarray) -> jnp.ndarray:
    """exp(-sum_I z_I r_iI / (1 + z_I r_iI)) per electron, (nelec,): the slope -z_I at nucleus I gives
    Kato's electron-nucleus cusp for any parameters, and the factor saturates at r ~ 1 / z_I.

    r_ae_norm: (nelec, natm, 1) bohr; cusp_charges: (natm, 1), z_I = Z_I for a bare nucleus and 0 for
    an ECP atom whose potential is finite at the nucleus (no cusp there). With an envelope of rate
    sigma = Z_I and the cusp-free distance r^2 / (r + 1/Z_I) the product is exactly exp(-Z_I r).
    """
    zr = cusp_charges * r_ae_norm
    return jnp.exp(-jnp.sum(zr / (1.0 + zr), axis=(1, 2)))


class OrbitalHead(NamedTuple):
    """init(keys, d_in, dtype) -> {'orbital': [dense per spin], 'envelope': [per spin]} ({} for an
    empty spin), taking one key from the iterator `keys` per non-empty spin;
    apply(params, h (nelec, d_in), r_ae (nelec, natm, 3), r_ae_norm (nelec, natm, 1), cusp_scale)
    -> list of (ndet, n, norb) orbital matrices, one per determinant block."""
    init: Callable
    apply: Callable


def make_orbital_head(nspins, natm: int, settings, cusp_charges) -> OrbitalHead:
    """cusp_charges: (natm,) charges of the exact-cusp row factor (`nuclear_cusp_factor`)."""
    nelec = sum(nspins)
    cusp_z = np.asarray(cusp_charges, float).reshape(natm, 1)
    ndet = settings.determinants
    norbs = [nelec if settings.full_det else n for n in nspins]

    def init(keys, d_in, dtype):
        return {'orbital': [linear_init(next(keys), d_in, ndet * norb, dtype) if n else {}
                            for n, norb in zip(nspins, norbs)],
                'envelope': [envelopes.envelope_init(natm, ndet * norb, settings.envelope, dtype)
                             if n else {} for n, norb in zip(nspins, norbs)]}

    def apply(params, h, r_ae, r_ae_norm, cusp_scale):
        if cusp_scale is not None:
            row = nuclear_cusp_factor(r_ae_norm, cusp_z.astype(r_ae_norm.dtype))
        blocks, start = [], 0
        for s, (n, norb) in enumerate(zip(nspins, norbs)):
            if n == 0:
                continue
            sl = slice(start, start + n)
            orb = linear(params['orbital'][s], h[sl])
            orb = orb * envelopes.envelope_apply(params['envelope'][s], r_ae[sl], r_ae_norm[sl],
                                                 cusp_scale)
            if cusp_scale is not None:
                orb = orb * row[sl, None]
            blocks.append(jnp.transpose(orb.reshape(n, ndet, norb), (1, 0, 2)))   # (ndet, n, norb)
            start += n
        if settings.full_det:
            return [jnp.concatenate(blocks, axis=1)]
        return blocks

    return OrbitalHead(init, apply)


def log_sum_det(mats: list) -> tuple[jnp.ndarray, jnp.ndarray]:
    """(sign, log|sum_k prod_b det mats[b][k]|) for the determinant blocks mats[b] (ndet, n_b, n_b).

    A determinant whose weight is below the float resolution of the sum (relative e^cutoff, cutoff =
    log eps) is left out, and its matrices replaced by the identity before any derivative is taken:
    such a matrix is nearly singular (condition ~ 1 / weight), its inverse, which every derivative of
    log det contains, overflows in float32, and 0 x inf made the local energy NaN (seen once in a
    3000-iteration Be run; float64 gave a normal E_L there).
    """
    cutoff = float(np.log(jnp.finfo(mats[0].dtype).eps))
    ld_ref = sum(slogdet(jax.lax.stop_gradient(m))[1] for m in mats)   # (ndet,)
    keep = ld_ref - jnp.max(ld_ref) > cutoff
    sign, logdet = 1.0, 0.0
    for m in mats:
        eye = jnp.eye(m.shape[-1], dtype=m.dtype)
        s, ld = slogdet(jnp.where(keep[:, None, None], m, eye))    # (ndet,)
        sign, logdet = sign * s, logdet + ld
    shift = jax.lax.stop_gradient(jnp.max(ld_ref))
    total = jnp.sum(jnp.where(keep, sign * jnp.exp(logdet - shift), 0.0))
    return jnp.sign(total), jnp.log(jnp.abs(total)) + shift
