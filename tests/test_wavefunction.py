"""The FermiNet ansatz and the shared parts: antisymmetry, spin cases, envelopes initialised from the SCF."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from pyscf import gto, scf

from pyscf_ferminet import system as system_mod
from pyscf_ferminet.settings import AnsatzSettings
from pyscf_ferminet.wavefunction import envelopes, envelopes_from_scf, make_ansatz
from pyscf_ferminet.wavefunction.linalg import slogdet

ATOMS = jnp.array([[0.0, 0.0, 0.0], [0.0, 0.0, 3.0]])
CHARGES = np.array([3.0, 1.0])


def _swap(x, i, j):
    r = x.reshape(-1, 3)
    r = r.at[jnp.array([i, j])].set(r[jnp.array([j, i])])
    return r.reshape(-1)


@pytest.mark.parametrize('full_det', [True, False])
@pytest.mark.parametrize('envelope', ['isotropic', 'full'])
def test_antisymmetric_under_same_spin_exchange(full_det, envelope):
    nspins = (3, 2)
    settings = AnsatzSettings(hidden_dims=((8, 4), (8, 4)), determinants=3, full_det=full_det,
                              envelope=envelope)
    ansatz = make_ansatz(settings, nspins, CHARGES)
    params = ansatz.init(jax.random.PRNGKey(0), jnp.float64)
    x = jax.random.normal(jax.random.PRNGKey(1), (15,), jnp.float64)
    log_psi = jax.jit(ansatz.log_psi)
    sign, log_abs = log_psi(params, x, ATOMS)
    for i, j in [(0, 1), (0, 2), (3, 4)]:             # up-up pairs and the down-down pair
        sign2, log_abs2 = log_psi(params, _swap(x, i, j), ATOMS)
        assert sign2 == -sign
        np.testing.assert_allclose(log_abs2, log_abs, rtol=1e-10)


@pytest.mark.parametrize('nspins', [(1, 0), (2, 0), (1, 1), (0, 1)])
def test_one_electron_and_empty_spin_channels(nspins):
    settings = AnsatzSettings(hidden_dims=((8, 4),), determinants=2)
    ansatz = make_ansatz(settings, nspins, CHARGES)
    params = ansatz.init(jax.random.PRNGKey(0), jnp.float32)
    x = jax.random.normal(jax.random.PRNGKey(1), (3 * sum(nspins),), jnp.float32)
    sign, log_abs = ansatz.log_psi(params, x, ATOMS.astype(jnp.float32))
    assert log_abs.dtype == jnp.float32 and np.isfinite(log_abs) and abs(sign) == 1
    orbitals = ansatz.orbitals(params, x, ATOMS.astype(jnp.float32))
    assert [m.shape for m in orbitals] == [(2, sum(nspins), sum(nspins))]


def test_translating_electrons_and_nuclei_together_leaves_psi_unchanged():
    settings = AnsatzSettings(hidden_dims=((8, 4), (8, 4)), determinants=2)
    ansatz = make_ansatz(settings, (2, 2), CHARGES)
    params = ansatz.init(jax.random.PRNGKey(2), jnp.float64)
    x = jax.random.normal(jax.random.PRNGKey(3), (12,), jnp.float64)
    shift = jnp.array([0.3, -1.2, 0.7])
    a = ansatz.log_psi(params, x, ATOMS)[1]
    b = ansatz.log_psi(params, (x.reshape(-1, 3) + shift).reshape(-1), ATOMS + shift)[1]
    np.testing.assert_allclose(a, b, rtol=1e-12)


@pytest.mark.parametrize('spin', [0, 1])
def test_scf_envelopes_decay_like_the_scf_wavefunction(spin):
    # LiH (RHF) and LiH+ (UHF doublet, one beta electron): every column of spin s's block falls off
    # at sqrt(2 |e_HOMO,s|), the long-range decay of the SCF determinant in an electron of spin s.
    mol = gto.M(atom='Li 0 0 0; H 0 0 3.015', unit='bohr', basis='cc-pvdz', charge=spin, spin=spin,
                verbose=0)
    mf = (scf.RHF(mol) if spin == 0 else scf.UHF(mol)).run()
    ref = system_mod.scf_reference(mf)
    settings = AnsatzSettings(hidden_dims=((8, 4),), determinants=2, full_det=True)
    ansatz = make_ansatz(settings, mol.nelec, mol.atom_charges())
    params = envelopes_from_scf(ansatz.init(jax.random.PRNGKey(0), jnp.float64), settings, mol.nelec,
                                ref, mol)
    atoms = jnp.asarray(mol.atom_coords())
    far = lambda d: jnp.array([[0.0, d, 1.5]])
    r_ae = far(30.0)[:, None, :] - atoms[None]
    r_ae2 = far(40.0)[:, None, :] - atoms[None]
    dist = jnp.linalg.norm(r_ae2, axis=-1).mean() - jnp.linalg.norm(r_ae, axis=-1).mean()
    rates = []
    for s in range(2):
        env = params['envelope'][s]
        e1 = envelopes.envelope_apply(env, r_ae, jnp.linalg.norm(r_ae, axis=-1, keepdims=True))
        e2 = envelopes.envelope_apply(env, r_ae2, jnp.linalg.norm(r_ae2, axis=-1, keepdims=True))
        slope = -(jnp.log(e2) - jnp.log(e1))[0] / dist                          # one per column
        homo = np.max(ref.mo_energy[s])
        np.testing.assert_allclose(slope, np.sqrt(2 * abs(homo)), rtol=2e-3)
        rates.append(float(slope[0]))
        # Weights: column 0 imitates the Li 1s-like alpha orbital, carried by Li alone; column 1
        # the alpha bonding orbital (LiH) or a mostly-Li orbital (LiH+), with weight on H.
        pi = np.asarray(env['pi'])
        assert pi[0, 0] == 1.0 and pi[1, 0] < 0.2
        assert pi[1, 1] > 0.2
    if spin == 0:
        assert rates[0] == rates[1]
    else:            # the lone beta electron sits in the Li 1s-like orbital: its envelope is tight
        assert rates[1] > 2.0 > rates[0]


def _lih_ansatz(cusp, envelope='isotropic', nspins=(2, 2)):
    settings = AnsatzSettings(hidden_dims=((16, 4), (16, 4)), determinants=2, cusp=cusp,
                              envelope=envelope)
    ansatz = make_ansatz(settings, nspins, CHARGES)
    return ansatz, ansatz.init(jax.random.PRNGKey(0), jnp.float64)


def _mean_radial_slope(f, x, idx, centre, eps=1e-6):
    """Spherical average (six directions) of d f / d r for electron idx leaving `centre`."""
    slopes = []
    at = x.at[3 * idx:3 * idx + 3].set(centre)
    for d in np.concatenate([np.eye(3), -np.eye(3)]):
        slopes.append((f(at.at[3 * idx:3 * idx + 3].add(eps * d)) - f(at)) / eps)
    return np.mean(slopes)


@pytest.mark.parametrize('envelope', ['isotropic', 'full'])
def test_exact_cusp_holds_at_every_nucleus_for_any_parameters(envelope):
    # Kato: the spherical average of d log|psi| / d r_iI at r_iI = 0 is -Z_I.
    ansatz, params = _lih_ansatz('exact', envelope)
    x = 1.5 * jax.random.normal(jax.random.PRNGKey(1), (12,), jnp.float64)
    f = lambda y: ansatz.log_psi(params, y, ATOMS)[1]
    for idx in (0, 3):                               # a spin-up and a spin-down electron
        for atom, z in zip(ATOMS, CHARGES):
            np.testing.assert_allclose(_mean_radial_slope(f, x, idx, atom), -z, atol=1e-4)


def test_exact_cusp_keeps_local_energy_finite_at_a_nucleus():
    from pyscf_ferminet import hamiltonian
    x = 1.5 * jax.random.normal(jax.random.PRNGKey(1), (12,), jnp.float64)
    u = jnp.array([0.3, 0.5, 0.8]) / np.sqrt(0.98)
    spread = {}
    for cusp in ('exact', 'learned'):
        ansatz, params = _lih_ansatz(cusp)
        e_loc = jax.jit(hamiltonian.make_local_energy(ansatz.log_psi, CHARGES))
        e = [float(e_loc(params, x.at[0:3].set(r * u), ATOMS)) for r in (1e-3, 1e-4, 1e-5)]
        spread[cusp] = max(e) - min(e)
    # The learned cusp diverges like (cusp error) / r; the exact one approaches a finite limit.
    assert spread['exact'] < 0.5 and spread['learned'] > 100.0


def test_exact_electron_electron_cusps():
    # d log|psi| / d r_ij averaged over directions at r_ij = 0 is 1/2 for opposite spins
    # (electron 2, spin down, meets electron 0, spin up).
    ansatz, params = _lih_ansatz('exact')
    x = 1.5 * jax.random.normal(jax.random.PRNGKey(4), (12,), jnp.float64)
    f = lambda y: ansatz.log_psi(params, y, ATOMS)[1]
    np.testing.assert_allclose(_mean_radial_slope(f, x, 2, x[0:3]), 0.5, atol=1e-4)


def test_negative_jastrow_lengths_and_envelope_rates_change_nothing():
    # An optimiser step can take a Jastrow length a or an envelope rate sigma below zero. psi must
    # depend on their magnitudes only: with a plain a + r_ij the Jastrow had a pole at r_ij = -a
    # (local energies of 1e5 Eh there; N2's training diverged), and a negative sigma makes an
    # envelope grow without bound.
    from pyscf_ferminet import hamiltonian
    ansatz, params = _lih_ansatz('exact')
    params['jastrow'] = {'par': jnp.asarray(0.3), 'anti': jnp.asarray(0.3)}
    flipped = dict(params)
    flipped['jastrow'] = {'par': jnp.asarray(-0.3), 'anti': jnp.asarray(-0.3)}
    flipped['envelope'] = [{'pi': e['pi'], 'sigma': -e['sigma']} for e in params['envelope']]
    x = 1.5 * jax.random.normal(jax.random.PRNGKey(4), (12,), jnp.float64)
    # Electron 2 (spin down) at r_ij = 0.3 = |a| from electron 0 (spin up): the old pole.
    x = x.at[6:9].set(x[0:3] + jnp.array([0.0, 0.3, 0.0]))
    e_loc = jax.jit(hamiltonian.make_local_energy(ansatz.log_psi, CHARGES))
    np.testing.assert_allclose(ansatz.log_psi(flipped, x, ATOMS)[1], ansatz.log_psi(params, x, ATOMS)[1],
                               rtol=1e-12)
    e, e_flipped = float(e_loc(params, x, ATOMS)), float(e_loc(flipped, x, ATOMS))
    assert np.isfinite(e_flipped) and e_flipped == pytest.approx(e, rel=1e-9)


def test_exact_cusp_ansatz_holds_the_hydrogen_ground_state_exactly():
    # sigma = Z with a constant network output: the cusp factor exp(-r / (1 + r)) times the envelope
    # exp(-r^2 / (r + 1)) is exp(-r), so E_L = -1/2 at every point.
    from pyscf_ferminet import hamiltonian
    settings = AnsatzSettings(hidden_dims=((8, 4),), determinants=1, cusp='exact')
    ansatz = make_ansatz(settings, (1, 0), np.array([1.0]))
    params = ansatz.init(jax.random.PRNGKey(0), jnp.float64)
    params['orbital'][0] = {'w': jnp.zeros_like(params['orbital'][0]['w']),
                            'b': jnp.ones_like(params['orbital'][0]['b'])}
    atoms = jnp.array([[0.2, -0.1, 0.4]])
    e_loc = jax.vmap(hamiltonian.make_local_energy(ansatz.log_psi, np.array([1.0])),
                     in_axes=(None, 0, None))
    xs = 2.0 * jax.random.normal(jax.random.PRNGKey(5), (40, 3), jnp.float64)
    np.testing.assert_allclose(e_loc(params, xs, atoms), -0.5, atol=1e-9)


@pytest.mark.parametrize('dtype', [jnp.float32, jnp.float64])
def test_singular_determinant_leaves_energy_and_gradients_finite(dtype):
    # Make determinant 1 exactly singular (two equal columns). Its weight is zero, and log|psi|, the
    # local energy (forward Laplacian) and the parameter gradient (reverse mode) must be those of
    # determinant 0 alone, not NaN from the singular matrix's inverse.
    from pyscf_ferminet import hamiltonian
    settings = AnsatzSettings(hidden_dims=((16, 4), (16, 4)), determinants=2)
    ansatz = make_ansatz(settings, (2, 2), CHARGES)
    params = ansatz.init(jax.random.PRNGKey(0), dtype)
    norb = 4
    copy = lambda a: a.at[..., norb + 1].set(a[..., norb])          # det 1: column 1 = column 0
    params['orbital'][0] = jax.tree_util.tree_map(copy, params['orbital'][0])
    params['orbital'][1] = jax.tree_util.tree_map(copy, params['orbital'][1])
    for s in (0, 1):
        params['envelope'][s] = jax.tree_util.tree_map(copy, params['envelope'][s])
    x = 1.5 * jax.random.normal(jax.random.PRNGKey(1), (12,), dtype)
    atoms = ATOMS.astype(dtype)
    one = AnsatzSettings(hidden_dims=((16, 4), (16, 4)), determinants=1)
    single = make_ansatz(one, (2, 2), CHARGES)
    p1 = dict(params, orbital=[{k: v[..., :norb] for k, v in o.items()} for o in params['orbital']],
              envelope=[{k: v[..., :norb] for k, v in e.items()} for e in params['envelope']])
    e_loc = jax.jit(hamiltonian.make_local_energy(ansatz.log_psi, CHARGES))
    e_one = jax.jit(hamiltonian.make_local_energy(single.log_psi, CHARGES))
    tol = 1e-4 if dtype == jnp.float32 else 1e-9
    np.testing.assert_allclose(jax.jit(ansatz.log_psi)(params, x, atoms)[1],
                               jax.jit(single.log_psi)(p1, x, atoms)[1], rtol=tol)
    np.testing.assert_allclose(e_loc(params, x, atoms), e_one(p1, x, atoms), rtol=tol)
    grads = jax.jit(jax.grad(lambda p: ansatz.log_psi(p, x, atoms)[1]))(params)
    assert all(np.all(np.isfinite(g)) for g in jax.tree_util.tree_leaves(grads))


@pytest.mark.parametrize('n', [1, 2, 3, 5, 8])
def test_unrolled_slogdet_matches_lapack_with_derivatives(n):
    # The orbital determinants go through Gaussian elimination in array operations (linalg.slogdet);
    # sign, log|det| and the first and second derivatives that the optimiser and the Laplacian take
    # must be LAPACK's, pivoting included.
    rng = np.random.default_rng(n)
    a = rng.normal(size=(5, 3, n, n))
    if n > 1:
        a[0, 0, 0, 0] = 0.0                    # the first step must pivot
        a[0, 1] = a[0, 1][::-1]                # row-reversed copy: a sign from the permutation
    a = jnp.asarray(a)
    sign, logdet = jax.jit(slogdet)(a)
    ref_sign, ref_logdet = jnp.linalg.slogdet(a)
    np.testing.assert_array_equal(np.asarray(sign), np.asarray(ref_sign))
    np.testing.assert_allclose(np.asarray(logdet), np.asarray(ref_logdet), rtol=0, atol=1e-12)
    grad = lambda f: jax.jit(jax.grad(lambda m: jnp.sum(jnp.sin(f(m)[1]))))(a)
    np.testing.assert_allclose(np.asarray(grad(slogdet)), np.asarray(grad(jnp.linalg.slogdet)),
                               rtol=1e-10, atol=1e-10)
    hess = lambda f: jax.jit(jax.hessian(lambda m: f(m)[1]))(a[1, 2])
    np.testing.assert_allclose(np.asarray(hess(slogdet)), np.asarray(hess(jnp.linalg.slogdet)),
                               rtol=1e-9, atol=1e-9)


def test_unrolled_slogdet_of_a_singular_matrix():
    a = jnp.array([[[1.0, 2.0, 3.0], [2.0, 4.0, 6.0], [0.0, 1.0, 1.0]], np.eye(3)])
    sign, logdet = slogdet(a)
    assert float(sign[0]) == 0.0 and float(logdet[0]) == -np.inf
    assert float(sign[1]) == 1.0 and float(logdet[1]) == 0.0
    with pytest.raises(ValueError, match='square'):
        slogdet(jnp.ones((2, 3)))


@pytest.mark.parametrize('network, form, golden', [
    ('tiny', {}, [-9.78405151237564, -16.10723896219947, -15.059178989307073]),
    ('tiny', {'full_det': False}, [-13.116875000283992, -15.65430641880146, -19.124334270513643]),
    ('tiny', {'cusp': 'learned', 'envelope': 'full'},
     [-4.805126843759038, -9.948747941333023, -9.892677865195022]),
    ('small', {}, [-10.565349701798503, -13.882833367680787, -15.923307432759275]),
])
def test_ferminet_values_pinned(network, form, golden):
    # log|psi| of LiH at three fixed walkers, the parameters from a fixed seed: the values the
    # FermiNet gave before its parts (features, envelopes, Jastrow, determinants) became shared
    # modules; any change to the FermiNet's function or initialisation shows here.
    from pyscf_ferminet.settings import NETWORK_PRESETS
    ansatz = make_ansatz(AnsatzSettings(**NETWORK_PRESETS[network], **form), (2, 2), CHARGES)
    params = ansatz.init(jax.random.PRNGKey(1), jnp.float64)
    x = jax.random.normal(jax.random.PRNGKey(5), (3, 12), jnp.float64) * 1.5
    atoms = jnp.array([[0.0, 0.0, 0.0], [0.0, 0.0, 3.015]])
    values = [float(ansatz.log_psi(params, xi, atoms)[1]) for xi in x]
    np.testing.assert_allclose(values, golden, rtol=1e-12)
