"""The FermiNet body (Pfau, Spencer, Matthews, Foulkes, Phys. Rev. Research 2, 033429 (2020)).

One-electron streams h_i see the electron-nucleus vectors and distances; two-electron streams h_ij see
the electron-electron vectors and distances. Each layer feeds every one-electron stream with the
spin-wise means of the one-electron streams and of its own two-electron streams, so the streams are
permutation equivariant within a spin. The last one-electron streams go to the orbital head
(`determinants.py`); features, envelopes, cusp factors and the Jastrow are the shared parts.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp

from pyscf_ferminet.wavefunction.features import network_distance_ae, network_distance_ee
from pyscf_ferminet.wavefunction.layers import linear, linear_init, linear_shared


def _spin_means(h, nspins, axis):
    """Means over each non-empty spin block of `h` along `axis`."""
    out, start = [], 0
    for n in nspins:
        if n > 0:
            block = jax.lax.slice_in_dim(h, start, start + n, axis=axis)
            out.append(jnp.mean(block, axis=axis, keepdims=True))
        start += n
    return out


def make_ferminet_body(nspins: tuple[int, int], natm: int, settings):
    """The FermiNet's one- and two-electron streams (`wavefunction.Body`).

    Parameters: {'layers': [{'single': dense, 'double': dense (all but the last layer)}, ...]}; the
    single layer's weight acts on [h_i, per-spin means of h_ij] row by row and on the per-spin means of
    h_i through `linear_shared`.
    """
    from pyscf_ferminet.wavefunction import Body
    nelec = sum(nspins)
    nsp_active = sum(1 for n in nspins if n > 0)
    dims = settings.hidden_dims

    def init(keys, dtype):
        params = {'layers': []}
        d1, d2 = 4 * natm, 4
        for i, (n1, n2) in enumerate(dims):
            layer = {'single': linear_init(next(keys), d1 * (1 + nsp_active) + d2 * nsp_active, n1, dtype)}
            if i < len(dims) - 1:
                layer['double'] = linear_init(next(keys), d2, n2, dtype)
            params['layers'].append(layer)
            d1, d2 = n1, n2
        return params

    def apply(params, r_ae, r_ae_norm, r_ee, r_ee_norm, cusp_scale):
        r_ae_norm = network_distance_ae(r_ae_norm, cusp_scale)
        r_ee_norm = network_distance_ee(r_ee_norm, cusp_scale)
        h1 = jnp.concatenate([r_ae, r_ae_norm], axis=-1).reshape(nelec, -1)
        h2 = jnp.concatenate([r_ee, r_ee_norm], axis=-1)
        for layer in params['layers']:
            # Inputs per electron: its stream, the means of its two-electron streams per spin; shared
            # by all electrons: the means of the one-electron streams per spin.
            g1 = jnp.concatenate(_spin_means(h1, nspins, 0), axis=-1)             # (1, nsp d1)
            g2 = [g[:, 0, :] for g in _spin_means(h2, nspins, 1)]
            out = jnp.tanh(linear_shared(layer['single'], jnp.concatenate([h1] + g2, axis=-1), g1))
            h1 = out + h1 if out.shape == h1.shape else out
            if 'double' in layer:
                out2 = jnp.tanh(linear(layer['double'], h2))
                h2 = out2 + h2 if out2.shape == h2.shape else out2
        return h1

    return Body(init, apply, width=dims[-1][0], n_keys=4 * len(dims))
