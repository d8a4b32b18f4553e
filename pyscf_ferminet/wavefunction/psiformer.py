"""The Psiformer body (von Glehn, Spencer, Pfau, ICLR 2023): self-attention over electrons.

Each electron i starts from its own features only: the electron-nucleus vectors and distances of
every nucleus, compressed logarithmically (`features.log_rescaled`: r -> r log(1 + |r|) / |r|), and
its spin (+1 up, -1 down). A linear embedding maps them to width d = heads x head_dim; then each layer
    h <- h + W_o [concat over heads of softmax(Q K^T / sqrt(head_dim)) V],  Q, K, V = LN(h) W_q, W_k, W_v
    h <- h + tanh(LN(h) W + b)
(LN a layer norm, or nothing with layer_norm=False). Attention mixes the electrons; the sum over j of
softmax weights makes every layer permutation equivariant for any simultaneous exchange of two
electrons' positions and spins. There is no two-electron stream: the electron-electron cusp comes
from the Jastrow factor, the electron-nucleus one (with exact cusps) from the orbitals' row factor.
"""

from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from pyscf_ferminet.wavefunction.features import log_rescaled, network_distance_ae
from pyscf_ferminet.wavefunction.layers import layer_norm, layer_norm_init, linear, linear_init


def _attention(layer, h, heads):
    """Multi-head self-attention over the rows of h (n, d); every projection is a dense layer used
    once (`x @ w`), so the optimisers keep its Jacobian factored."""
    n, d = h.shape
    head_dim = d // heads
    q, k, v = (linear(layer[name], h).reshape(n, heads, head_dim) for name in ('query', 'key', 'value'))
    scores = jnp.einsum('ihc,jhc->hij', q, k) / np.sqrt(head_dim)
    # Softmax written out (jax.nn.softmax is a custom_jvp, which the forward Laplacian handles more
    # slowly: 0.036 against 0.057 s for 128 LiH local energies, 'small'); the shift is a constant.
    scores = scores - jax.lax.stop_gradient(jnp.max(scores, axis=-1, keepdims=True))
    weights = jnp.exp(scores)
    weights = weights / jnp.sum(weights, axis=-1, keepdims=True)
    mixed = jnp.einsum('hij,jhc->ihc', weights, v).reshape(n, d)
    return linear(layer['out'], mixed)


def make_psiformer_body(nspins: tuple[int, int], natm: int, settings):
    """The Psiformer's attention layers (`wavefunction.Body`).

    Parameters: {'embed': dense (4 natm + 1, d), 'layers': [{'query', 'key', 'value', 'out': dense
    (d, d) without bias, 'mlp': dense (d, d) with bias, and with layer_norm 'norm_attention',
    'norm_mlp': {'scale', 'offset'} (d,)}, ...]}.

    The body's `apply` takes an optional `spins` (nelec,) of +-1 in place of the fixed up-then-down
    order, so that tests can exchange an up and a down electron together with their spins.
    """
    from pyscf_ferminet.wavefunction import Body
    nelec = sum(nspins)
    width, heads, nlayers = settings.width, settings.heads, settings.attention_layers
    fixed_spins = np.array([1.0] * nspins[0] + [-1.0] * nspins[1])

    def init(keys, dtype):
        params = {'embed': linear_init(next(keys), 4 * natm + 1, width, dtype, bias=False), 'layers': []}
        for _ in range(nlayers):
            layer = {name: linear_init(next(keys), width, width, dtype, bias=False)
                     for name in ('query', 'key', 'value', 'out')}
            layer['mlp'] = linear_init(next(keys), width, width, dtype)
            if settings.layer_norm:
                layer['norm_attention'] = layer_norm_init(width, dtype)
                layer['norm_mlp'] = layer_norm_init(width, dtype)
            params['layers'].append(layer)
        return params

    def apply(params, r_ae, r_ae_norm, r_ee, r_ee_norm, cusp_scale, spins=None):
        del r_ee, r_ee_norm                     # no two-electron inputs
        spins = fixed_spins if spins is None else spins
        vec, dist = log_rescaled(r_ae, network_distance_ae(r_ae_norm, cusp_scale))
        h = jnp.concatenate([jnp.concatenate([vec, dist], axis=-1).reshape(nelec, -1),
                             jnp.asarray(spins, r_ae.dtype)[:, None]], axis=-1)
        h = linear(params['embed'], h)
        norm = layer_norm if settings.layer_norm else (lambda p, y: y)
        for layer in params['layers']:
            h = h + _attention(layer, norm(layer.get('norm_attention'), h), heads)
            h = h + jnp.tanh(linear(layer['mlp'], norm(layer.get('norm_mlp'), h)))
        return h

    return Body(init, apply, width=width, n_keys=1 + 5 * nlayers)
