"""The electron-electron Jastrow factor that gives Kato's electron-electron cusps.

    J = sum_{i<j same spin} -1/4 a_par^2 / (|a_par| + r_ij) + sum_{i<j opposite} -1/2 a_anti^2 / (|a_anti| + r_ij)

d J / d r_ij = 1/4 (same spin) and 1/2 (opposite spins) at r_ij = 0 for any a != 0, and J tends to a
constant far out, so the network needs to describe only the smooth remainder. The lengths enter
through |a|: with a plain a + r_ij, an optimiser step that takes a below zero puts a pole at
r_ij = -a, where local energies of 10^5 hartree appeared and the training of N2 diverged.
"""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np


def jastrow_init(dtype) -> dict:
    return {'par': jnp.ones((), dtype), 'anti': jnp.ones((), dtype)}


def ee_jastrow(params: dict, r_ee_norm: jnp.ndarray, nspins) -> jnp.ndarray:
    """J (a scalar, added to log|psi|).

    Args:
        params: {'par': (), 'anti': ()} the lengths a_par and a_anti, bohr.
        r_ee_norm: (nelec, nelec, 1) electron-electron distances, bohr (the plain |r_ij|: the cusp).
        nspins: (n_up, n_dn); spin-up electrons come first.
    """
    nelec = sum(nspins)
    spin = np.array([0] * nspins[0] + [1] * nspins[1])
    same = (spin[:, None] == spin[None, :]) & ~np.eye(nelec, dtype=bool)
    anti = spin[:, None] != spin[None, :]
    r = r_ee_norm[..., 0]
    a_par, a_anti = jnp.abs(params['par']), jnp.abs(params['anti'])
    j_par = -0.25 * a_par ** 2 / (a_par + r)
    j_anti = -0.5 * a_anti ** 2 / (a_anti + r)
    return 0.5 * (jnp.sum(jnp.where(same, j_par, 0.0)) + jnp.sum(jnp.where(anti, j_anti, 0.0)))
