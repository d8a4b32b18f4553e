"""Exponential envelopes that make every orbital decay away from the nuclei.

An orbital k of electron i is multiplied by
    isotropic:  sum_I pi_Ik exp(-|sigma_Ik| d_I(|r_i - R_I|))
    full:       sum_I pi_Ik exp(-d_I(|Sigma_Ik (r_i - R_I)|)),  Sigma_Ik a 3x3 matrix,
with d_I(r) = r (the reference FermiNet: each envelope brings its own electron-nucleus cusp) or, when
the cusp is exact (`cusp_free_distance`), d_I(r) = r^2 / (r + c_I): no cusp at the nucleus, r - c_I at
long range, so the decay rate sigma is unchanged far out.
"""

from __future__ import annotations

import jax.numpy as jnp
import numpy as np

from pyscf_ferminet.wavefunction.features import cusp_free_distance


def envelope_init(natm: int, norb: int, kind: str, dtype) -> dict:
    """Plain initialisation: unit weights and unit decay rates (the reference's choice)."""
    pi = np.ones((natm, norb))
    sigma = np.ones((natm, norb))
    return _pack(pi, sigma, kind, dtype)


def _pack(pi, sigma, kind, dtype):
    if kind == 'full':
        sigma = np.einsum('ak,ij->aijk', sigma, np.eye(3))
    return {'pi': jnp.asarray(pi, dtype), 'sigma': jnp.asarray(sigma, dtype)}


def envelope_apply(params: dict, r_ae: jnp.ndarray, r_ae_norm: jnp.ndarray,
                   cusp_scale=None) -> jnp.ndarray:
    """Envelope values.

    Args:
        params: {'pi': (natm, norb), 'sigma': (natm, norb) or (natm, 3, 3, norb)}.
        r_ae: (n, natm, 3) electron-nucleus vectors, bohr.
        r_ae_norm: (n, natm, 1) their lengths.
        cusp_scale: None (plain exponentials, with a cusp at each nucleus) or (natm, 1) lengths c_I
            of `cusp_free_distance` (cusp-free envelopes).

    Returns:
        (n, norb) envelope per electron and orbital.
    """
    sigma = params['sigma']
    if sigma.ndim == 2:
        dist = r_ae_norm if cusp_scale is None else cusp_free_distance(r_ae_norm, cusp_scale)
        # |sigma|: a rate that a step takes below zero would make the envelope grow without bound.
        exponent = dist * jnp.abs(sigma)                                # (n, natm, norb)
    else:
        vec = jnp.einsum('naj,aijk->naik', r_ae, sigma)                 # (n, natm, 3, norb)
        exponent = jnp.sqrt(jnp.sum(vec ** 2, axis=2) + 1e-12)          # (n, natm, norb)
        if cusp_scale is not None:
            exponent = cusp_free_distance(exponent, cusp_scale)
    return jnp.sum(params['pi'] * jnp.exp(-exponent), axis=1)


def envelope_init_from_scf(ao_atom: np.ndarray, overlap: np.ndarray, coeff: np.ndarray,
                           homo_energy: float, natm: int, kind: str, dtype,
                           weight_floor: float = 0.1, min_decay: float = 0.3) -> dict:
    """Envelope parameters for the orbital columns of one spin block, from the SCF orbitals.

    Choice and reason.
    - Weights: the weight of atom I in column k is the square root of the Mulliken gross population
      of the SCF orbital k imitates on I, |sum_{mu on I} C_mu,k (S C)_mu,k|. An orbital lives near
      the atoms that carry it, and the square root turns a population (a square) into an amplitude.
      A floor keeps every atom reachable, so the network can still grow density anywhere.
    - Decay rates: every column decays at sqrt(2 I), I = -e_HOMO of this spin (Koopmans' ionisation
      energy, bounded below by `min_decay` so that a near-zero HOMO does not make the envelopes flat).
      As one electron leaves the molecule, the determinant, expanded along that electron's row, falls
      off with the slowest orbital it holds, the HOMO: exp(-sqrt(2 I) r) is the long-range decay of
      the SCF wavefunction (and of the exact one, with the exact I) in every electron. Each column's
      own orbital energy is the other candidate (exp(-2.2 r) for the Li 1s column of LiH). It fits
      the SCF orbitals a little better in pretraining (loss 0.0037 against 0.0056 on LiH) but slows
      the energy optimisation: over eight LiH seeds the seed-averaged training energy stayed 2-4 mHa
      higher from iteration 150 to 400 (`benchmarks/README.md`, "Reusing the SCF"). The columns of a
      correlated wavefunction also carry diffuse parts, and an envelope tighter than the wavefunction
      makes the network fight it; the HOMO rate is the tightest that the wavefunction allows.

    Args:
        ao_atom: (nao,) atom index of each atomic orbital.
        overlap: (nao, nao) AO overlap matrix.
        coeff: (nao, norb) MO coefficients of the orbitals to imitate, one per envelope column.
        homo_energy: highest occupied orbital energy of the block's spin, hartree.
        natm: number of atoms.
        kind: 'isotropic' or 'full'.

    Returns:
        {'pi': (natm, norb), 'sigma': (natm, norb) or (natm, 3, 3, norb)}.
    """
    gross = coeff * (overlap @ coeff)                                    # (nao, norb)
    pop = np.zeros((natm, coeff.shape[1]))
    np.add.at(pop, ao_atom, gross)
    pi = np.sqrt(np.abs(pop))
    pi = np.maximum(pi / np.maximum(pi.max(axis=0, keepdims=True), 1e-12), weight_floor)
    sigma = np.full(pi.shape, max(np.sqrt(2.0 * abs(homo_energy)), min_decay))
    return _pack(pi, sigma, kind, dtype)
