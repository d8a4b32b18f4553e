"""The DM21-family network: local features -> exchange-correlation energy density, in JAX.

Architecture (read from the published graph; identical for DM21, DM21m, DM21mc, DM21mu):

    x (N, 11) -> log(|x| + 1e-9 + 1e-4) -> linear 11->256 -> tanh
      -> 6 x [h <- ELU(LayerNorm(W h + b + h))]        (LayerNorm eps 1e-5, learned gamma/beta)
      -> linear 256->3 -> f = 2 sigmoid(z / 2)
    e_xc = f0 e_x^LDA + f1 (e_x^a + e_x^b)(omega=0) + f2 (e_x^a + e_x^b)(omega=0.4)
    e_x^LDA = -(3/4)(6/pi)^(1/3) (rho_a^(4/3) + rho_b^(4/3))

Feature columns, in this order (atomic units):
    rho_a, rho_b, |grad rho|^2, |grad rho_a|^2, |grad rho_b|^2, tau_a, tau_b,
    e_x^a(omega=0), e_x^a(omega=0.4), e_x^b(omega=0), e_x^b(omega=0.4)
with tau = 1/2 sum_i |grad phi_i|^2 (PySCF's convention) and e_x^s the local HF exchange energy
densities (Eh / bohr^3) of :mod:`pyscf_ferminet.dft.local_exchange`.

:func:`load_params` returns float64 numpy arrays; the functions below work in the dtype of the arrays
they are given and never change JAX's global dtype setting (:mod:`.xc` casts the parameters to
float32 by default, or to float64 inside a scoped ``jax.enable_x64(True)``).
"""

import enum

import jax
import jax.numpy as jnp
import numpy as np

from pyscf_ferminet.dft import checkpoint

N_FEATURES = 11
N_BLOCKS = 6
# -(3/4) (6/pi)^(1/3) per spin; the published graph stores it in float32 as -0.9305257.
LDA_X_SPIN = -0.75 * (6.0 / np.pi) ** (1.0 / 3.0)
_SQUASH_EPS = (1e-9, 1e-4)
_LAYER_NORM_EPS = 1e-5
_SCOPE = 'hub_wrapper/local_functional_v2/'


class Functional(enum.Enum):
    """The published DM21-family functionals (Kirkpatrick et al., Science 374, 1385 (2021)).

    DM21 is the full functional; DM21m is trained without fractional-charge/spin data; DM21mc adds
    a constraint on the correlation of the uniform electron gas; DM21mu on the exchange of the
    uniform electron gas. All share one architecture.
    """
    DM21 = 'DM21'
    DM21m = 'DM21m'
    DM21mc = 'DM21mc'
    DM21mu = 'DM21mu'

    @classmethod
    def from_name(cls, name):
        """Accept a Functional or a (case-insensitive) name such as 'dm21m'."""
        if isinstance(name, cls):
            return name
        for member in cls:
            if str(name).upper() == member.value.upper():
                return member
        raise ValueError(f'unknown DM21 functional {name!r}; choose one of '
                         f'{[m.value for m in cls]}')


def load_params(functional, path=None):
    """Network parameters of ``functional`` as a nested dict of float64 numpy arrays.

    Returns:
        {'squash': (w (11, 256), b (256,)), 'blocks': [(w, b, gamma, beta)] * 6,
         'output': (w (256, 3), b (3,))}
    """
    name = Functional.from_name(functional).value
    var = checkpoint.load_variables(name, path)

    def get(key):
        return np.asarray(var[_SCOPE + key], dtype=np.float64)

    blocks = []
    for i in range(N_BLOCKS):
        scope = 'MLP/ResidualBlock' + (f'_{i}' if i else '') + '/'
        blocks.append((get(scope + 'linear/w'), get(scope + 'linear/b'),
                       get(scope + 'layer_norm/gamma'), get(scope + 'layer_norm/beta')))
    return {'squash': (get('SquashUnprocessedData/linear/w'), get('SquashUnprocessedData/linear/b')),
            'blocks': blocks,
            'output': (get('OutputLayer/linear/w'), get('OutputLayer/linear/b'))}


def _layer_norm(h, gamma, beta):
    mean = jnp.mean(h, axis=-1, keepdims=True)
    var = jnp.mean((h - mean) ** 2, axis=-1, keepdims=True)
    return (h - mean) * jax.lax.rsqrt(var + _LAYER_NORM_EPS) * gamma + beta


def enhancement_factors(params, features):
    """The three network outputs f in (0, 2).

    Args:
        params: from :func:`load_params`.
        features: (N, 11) array, columns as in the module docstring.
    Returns:
        (N, 3) array multiplying [e_x^LDA, e_x^HF(omega=0), e_x^HF(omega=0.4)].
    """
    x = jnp.log(jnp.abs(features) + _SQUASH_EPS[0] + _SQUASH_EPS[1])
    w, b = params['squash']
    h = jnp.tanh(x @ w + b)
    for w, b, gamma, beta in params['blocks']:
        h = jax.nn.elu(_layer_norm(h @ w + b + h, gamma, beta))
    w, b = params['output']
    return 2.0 * jax.nn.sigmoid((h @ w + b) / 2.0)


def energy_density(params, features):
    """Exchange-correlation energy density e_xc (Eh / bohr^3) at each point.

    Args:
        params: from :func:`load_params`.
        features: (N, 11) array, columns as in the module docstring.
    Returns:
        (N,) array; E_xc = sum(weights * e_xc).
    """
    f = enhancement_factors(params, features)
    rho_a, rho_b = features[:, 0], features[:, 1]
    e_lda = LDA_X_SPIN * (rho_a ** (4.0 / 3.0) + rho_b ** (4.0 / 3.0))
    e_hf0 = features[:, 7] + features[:, 9]
    e_hf4 = features[:, 8] + features[:, 10]
    return f[:, 0] * e_lda + f[:, 1] * e_hf0 + f[:, 2] * e_hf4
