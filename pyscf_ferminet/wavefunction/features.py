"""Input features: electron-nucleus and electron-electron vectors and distances, with the smooth
(cusp-free) and log-rescaled forms the network bodies take.

With exact cusps (`cusp='exact'`) every distance a network body or an envelope sees goes through
`cusp_free_distance`, which is smooth where particles meet; the cusps then come from explicit factors
alone (`determinants.nuclear_cusp_factor`, `jastrow.ee_jastrow`). With `cusp='learned'` the bodies see
|r| itself, with its kink at coalescence, as the reference FermiNet does.
"""

from __future__ import annotations

import jax.numpy as jnp

# Length of the smoothing of |r_ij| in the two-electron inputs with exact cusps, bohr.
EE_SMOOTHING = 1.0


def cusp_free_distance(r, c):
    """d(r) = r^2 / (r + c): r - c + O(1/r) far out, r^2 / c near 0 (zero slope: no cusp).

    Its Laplacian 2 c^2 / (r + c)^3 + 2 (r + 2 c) / (r + c)^2 stays finite at r = 0 (6 / c).
    """
    return r * r / (r + c)


def input_features(x: jnp.ndarray, atoms: jnp.ndarray):
    """Electron-nucleus and electron-electron vectors and distances.

    Args:
        x: (nelec * 3,) electron positions, bohr.
        atoms: (natm, 3) nuclear positions, bohr.

    Returns:
        r_ae (nelec, natm, 3), |r_ae| (nelec, natm, 1), r_ee (nelec, nelec, 3), |r_ee| (nelec, nelec, 1)
        with zero on the diagonal (and a finite derivative there).
    """
    r = x.reshape(-1, 3)
    r_ae = r[:, None, :] - atoms[None, :, :]
    r_ee = r[:, None, :] - r[None, :, :]
    n = r.shape[0]
    eye = jnp.eye(n, dtype=x.dtype)[..., None]
    r_ae_norm = jnp.linalg.norm(r_ae, axis=-1, keepdims=True)
    # Shift the diagonal before the square root, then remove it: the norm stays differentiable.
    r_ee_norm = jnp.linalg.norm(r_ee + eye, axis=-1, keepdims=True) * (1.0 - eye)
    return r_ae, r_ae_norm, r_ee, r_ee_norm


def network_distance_ae(r_ae_norm, cusp_scale):
    """The electron-nucleus distances a network body sees: |r_iI|, or with exact cusps
    `cusp_free_distance(|r_iI|, 1 / Z_I)` (cusp_scale (natm, 1) = 1 / Z_I; None: the plain form)."""
    return r_ae_norm if cusp_scale is None else cusp_free_distance(r_ae_norm, cusp_scale)


def network_distance_ee(r_ee_norm, cusp_scale):
    """The electron-electron distances a network body sees (smoothed over EE_SMOOTHING with exact cusps)."""
    return r_ee_norm if cusp_scale is None else cusp_free_distance(r_ee_norm, EE_SMOOTHING)


def log_rescaled(vec, dist):
    """(vec log(1 + d) / d, log(1 + d)): vectors and distances compressed logarithmically at long range
    (the Psiformer's inputs), so that distant electrons do not saturate the first layer.

    vec: (..., 3) vectors, dist: (..., 1) their (possibly smoothed) lengths d. With the cusp-free
    d ~ |vec|^2 / c near 0 the rescaled vector is vec (1 - O(|vec|^2)): smooth at coalescence.
    """
    positive = dist > 0
    safe = jnp.where(positive, dist, 1.0)
    factor = jnp.where(positive, jnp.log1p(safe) / safe, 1.0)
    return vec * factor, jnp.log1p(dist)
