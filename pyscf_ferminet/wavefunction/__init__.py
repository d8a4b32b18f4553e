"""Wavefunction ansatzes: `make_ansatz(settings, nspins, charges)` -> `Ansatz(init, orbitals, log_psi)`.

An ansatz is a body (`ferminet.py`, `psiformer.py`: electron positions -> one feature vector per
electron, permutation equivariant within each spin) plus parts every body shares: input features
(`features.py`), envelopes (`envelopes.py`), the orbital head and the sum of determinants
(`determinants.py`, with the exact-cusp row factor and full or block determinants) and the
electron-electron Jastrow (`jastrow.py`).
"""

from __future__ import annotations

from typing import Any, Callable, NamedTuple

import jax
import jax.numpy as jnp
import numpy as np

from pyscf_ferminet.settings import AnsatzSettings
from pyscf_ferminet.wavefunction import envelopes
from pyscf_ferminet.wavefunction.determinants import log_sum_det, make_orbital_head
from pyscf_ferminet.wavefunction.features import input_features
from pyscf_ferminet.wavefunction.jastrow import ee_jastrow, jastrow_init


class Ansatz(NamedTuple):
    """A wavefunction as pure functions over a parameter pytree.

    init(key, dtype) -> params
    orbitals(params, x, atoms) -> list of (ndet, n, n) orbital matrices, one per determinant block
        (one for a full determinant; one per non-empty spin otherwise): the pretraining targets' shape
    log_psi(params, x, atoms) -> (sign, log|psi|); x (nelec * 3,) bohr, spin-up electrons first;
        atoms (natm, 3) bohr (an argument, so that forces differentiate through it)

    The parameter tree is plain nested dicts and lists of arrays. The optimisers rely on this contract
    (`taps.py`):
    - every dict {'w': 2-d, 'b': 1-d optional} is a dense layer, used exactly once in log_psi as
      `x @ w (+ b)` (or through `layers.linear_shared`), with x of shape (..., d_in); SPRING, MinSR and
      KFAC keep its per-walker Jacobian factored as (inputs, output gradients);
    - every other leaf (envelopes 'envelope', Jastrow 'jastrow', layer-norm scales) gets its
      per-walker gradient explicitly; a 2-d weight there costs N x size in memory and N^2 x size in
      the Gram matrix, and the solver's log names any such weight (`taps.explicit_weights`);
    - 'envelope' and 'orbital' are lists over spins (an empty dict for an empty spin), which
      `envelopes_from_scf` and pretraining address by spin.
    """
    init: Callable[..., Any]
    orbitals: Callable[..., Any]
    log_psi: Callable[..., Any]


class Body(NamedTuple):
    """A network body: the part that differs between ansatzes.

    init(keys, dtype) -> dict of its parameters (top-level keys other than 'orbital', 'envelope',
        'jastrow'), taking keys from the iterator `keys` (at most n_keys of them);
    apply(params, r_ae (nelec, natm, 3), |r_ae| (nelec, natm, 1), r_ee (nelec, nelec, 3),
        |r_ee| (nelec, nelec, 1), cusp_scale) -> (nelec, width) features per electron, equivariant under
        exchange of same-spin electrons; cusp_scale is None (plain distances) or (natm, 1) = 1 / Z_I
        (exact cusps: the body must see the distances through `features.network_distance_*`).
    """
    init: Callable[..., Any]
    apply: Callable[..., Any]
    width: int
    n_keys: int


def _bodies():
    from pyscf_ferminet.wavefunction.ferminet import make_ferminet_body
    from pyscf_ferminet.wavefunction.psiformer import make_psiformer_body
    return {'ferminet': make_ferminet_body, 'psiformer': make_psiformer_body}


def make_ansatz(settings: AnsatzSettings, nspins, charges, cusp_charges=None) -> Ansatz:
    """The ansatz named by settings.ansatz for electrons nspins = (n_up, n_dn) and nuclear charges
    (natm,) (effective charges on ECP atoms): its body, the orbital head with envelopes, the
    determinants and the Jastrow. cusp_charges: (natm,) charges of the exact electron-nucleus cusp
    factors (None: `charges`; 0 on ECP atoms whose potential is finite at the nucleus, see
    `System.cusp_charges`)."""
    nspins = tuple(int(n) for n in nspins)
    charges = np.asarray(charges)
    natm = len(charges)
    body = _bodies()[settings.ansatz](nspins, natm, settings)
    head = make_orbital_head(nspins, natm, settings, charges if cusp_charges is None else cusp_charges)
    exact_cusp = settings.cusp == 'exact'
    en_scale = 1.0 / np.asarray(charges, float)[:, None]               # (natm, 1): 1 / Z_I, bohr

    def init(key, dtype=jnp.float32):
        keys = iter(jax.random.split(key, body.n_keys + 8))
        params = body.init(keys, dtype)
        params.update(head.init(keys, body.width, dtype))
        if settings.jastrow == 'ee':
            params['jastrow'] = jastrow_init(dtype)
        return params

    def orbitals(params, x, atoms):
        r_ae, r_ae_norm, r_ee, r_ee_norm = input_features(x, atoms)
        scale = en_scale.astype(x.dtype) if exact_cusp else None
        h = body.apply(params, r_ae, r_ae_norm, r_ee, r_ee_norm, scale)
        return head.apply(params, h, r_ae, r_ae_norm, scale)

    def log_psi(params, x, atoms):
        sign, log_abs = log_sum_det(orbitals(params, x, atoms))
        if 'jastrow' in params:
            log_abs = log_abs + ee_jastrow(params['jastrow'], input_features(x, atoms)[3], nspins)
        return sign, log_abs

    return Ansatz(init, orbitals, log_psi)


def scf_target_columns(nspins, full_det: bool):
    """Which SCF orbital each orbital column of each spin block imitates.

    Returns, per spin s, a list of (spin, index) pairs, one per column of that spin's orbital
    matrix: a full determinant's columns are the alpha orbitals then the beta orbitals (its
    off-diagonal spin blocks are fitted to zero); a block determinant's columns are its own spin's.
    """
    out = []
    for s, n in enumerate(nspins):
        if full_det:
            out.append([(0, k) for k in range(nspins[0])] + [(1, k) for k in range(nspins[1])])
        else:
            out.append([(s, k) for k in range(n)])
    return out


def envelopes_from_scf(params: dict, settings: AnsatzSettings, nspins, scf_ref, mol) -> dict:
    """Replaces the plain envelope initialisation by one fitted to the SCF orbitals.

    Every determinant's column k gets the atom weights of the SCF orbital it is pretrained towards
    (see `scf_target_columns`); every column of spin s's block decays at the rate set by that spin's
    HOMO energy (see `envelopes.envelope_init_from_scf` for the choice and the measurement).
    """
    from pyscf_ferminet.basis import ao_nucleus_index, real_atoms
    overlap = mol.intor_symmetric('int1e_ovlp')
    ao_index = ao_nucleus_index(mol)           # AOs on ghost atoms count for the nearest nucleus
    natm = len(real_atoms(mol))
    new = dict(params)
    new['envelope'] = list(params['envelope'])
    for s, columns in enumerate(scf_target_columns(nspins, settings.full_det)):
        if nspins[s] == 0:
            continue
        coeff = np.stack([scf_ref.coeff[sp][:, k] for sp, k in columns], axis=1)
        homo = float(np.max(scf_ref.mo_energy[s]))          # the rows of this block are spin-s electrons
        dtype = params['envelope'][s]['pi'].dtype
        env = envelopes.envelope_init_from_scf(ao_index, overlap, np.tile(coeff, settings.determinants),
                                               homo, natm, settings.envelope, dtype)
        new['envelope'][s] = env
    return new
