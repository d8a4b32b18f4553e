"""Several states at once (states.py, excited.py): the local-energy matrix of exactly known states, its
invariance under mixing, antisymmetry, the factored gradient of multi-use layers, <S^2> per state,
and k-state runs of the solver (ordering, bad input)."""

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from pyscf import gto, scf

from pyscf_ferminet import FermiNet, excited, hamiltonian, states, vmc
from pyscf_ferminet.optimize import FactoredJacobian
from pyscf_ferminet.settings import NETWORK_PRESETS, AnsatzSettings
from pyscf_ferminet.wavefunction import make_ansatz

H_ENERGIES = np.array([-0.5, -0.125, -0.125, -0.125, -0.125])


def hydrogen_functions(x, atoms):
    """1s, 2s, 2px, 2py, 2pz of the H atom (unnormalised), one electron at x (3,) bohr."""
    d = x.reshape(3) - atoms[0]
    r = jnp.linalg.norm(d)
    return jnp.concatenate([jnp.stack([jnp.exp(-r), (2.0 - r) * jnp.exp(-r / 2)]), d * jnp.exp(-r / 2)])


def combination_log_psi(params, x, atoms):
    """psi = params . (1s, 2s, 2p): a state is a coefficient vector (5,)."""
    value = params @ hydrogen_functions(x, atoms)
    return jnp.sign(value), jnp.log(jnp.abs(value))


def hydrogen_objective(k=5):
    local_energy = hamiltonian.make_local_energy(combination_log_psi, np.array([1.0]), 'hessian')
    return states.make_states_objective(combination_log_psi, lambda p, x, a, key: local_energy(p, x, a), k)


def walkers(key, n, k, nelec=1):
    return 1.5 * jax.random.normal(key, (n, k * nelec * 3), jnp.float64)


def test_exact_states_give_a_diagonal_energy_matrix_at_every_walker():
    obj = hydrogen_objective()
    params = list(jnp.eye(5, dtype=jnp.float64))
    atoms = jnp.zeros((1, 3), jnp.float64)
    keys = jax.random.split(jax.random.PRNGKey(0), 8)
    local = jax.jit(obj.local)
    for w, key in zip(walkers(jax.random.PRNGKey(1), 8, 5), keys):
        e = local(params, w, atoms, key)['energy']
        np.testing.assert_allclose(e, np.diag(H_ENERGIES), atol=1e-8)


def test_energy_matrix_eigenvalues_do_not_change_when_states_are_mixed():
    obj = hydrogen_objective()
    mix = jax.random.normal(jax.random.PRNGKey(2), (5, 5), jnp.float64) + 2 * jnp.eye(5)
    atoms = jnp.zeros((1, 3), jnp.float64)
    mats = []
    local = jax.jit(obj.local)
    for w in walkers(jax.random.PRNGKey(3), 6, 5):
        e = local(list(mix), w, atoms, jax.random.PRNGKey(0))['energy']
        # For psi_i = sum_m mix[i, m] phi_m the matrix is mix^-T diag(E) mix^T at every walker.
        np.testing.assert_allclose(e, np.linalg.solve(mix.T, np.diag(H_ENERGIES) @ mix.T), atol=1e-7)
        mats.append(np.asarray(e))
    eig = states.eigen_energies(np.stack(mats))
    np.testing.assert_allclose(eig.e, H_ENERGIES, atol=1e-7)
    np.testing.assert_allclose(eig.e_exc[1:], 0.375, atol=1e-7)
    # The eigenvectors undo the mixing: the rotated energy matrix is diagonal.
    np.testing.assert_allclose(states.rotate(eig, np.mean(mats, axis=0)), np.diag(H_ENERGIES), atol=1e-7)


@pytest.mark.parametrize('eps', [0.0, 2e-4])
def test_degenerate_manifold_keeps_its_transition_strengths_in_any_basis(eps):
    # A ground state and a threefold manifold (a 2P level); eps > 0: the estimate carries a small
    # rotation in one plane, so the mean matrix has the eigenvalues e1 +- i eps there. The states are
    # then mixed, inside the manifold nearly singularly (two of its states almost parallel), as the
    # eigenvectors of a noisy, nearly degenerate matrix can be.
    e0, e1 = -7.478, -7.410
    h = np.diag([e0, e1, e1, e1])
    h[2, 3], h[3, 2] = eps, -eps
    coupling = np.array([[0.9, 0.4, 0.0], [0.2, 1.7, 0.3], [-0.5, 0.1, -1.2]])   # <0|d_c|n>, (3, 3)
    d = np.zeros((3, 4, 4))
    d[:, 0, 1:] = d[:, 1:, 0] = coupling
    d[2, 2, 2] = 0.3
    inner = np.eye(4)
    inner[1:, 1:] = [[1.0, 1.0, 0.0], [0.0, 1e-3, 0.0], [0.2, 0.0, 1.0]]
    mix = (np.random.default_rng(0).normal(size=(4, 4)) + 3 * np.eye(4)) @ inner
    mixed = lambda m: np.linalg.solve(mix, m @ mix)
    noise = np.random.default_rng(1).normal(scale=1e-5, size=(64, 4, 4))
    eig = states.eigen_energies(mixed(h)[None] + noise - noise.mean(axis=0))
    np.testing.assert_allclose(eig.e, [e0, e1, e1, e1], atol=1e-9)
    assert np.isrealobj(eig.right)
    if eps:
        assert np.sort(eig.imag)[-2:] == pytest.approx([eps, eps], rel=1e-6)
    levels = states.manifolds(eig)
    assert [list(level) for level in levels] == [[0], [1, 2, 3]]
    rot = states.rotate(eig, mixed(d))
    trans = states.transition_dipoles(rot, levels)
    # The manifold's summed |<0|d|n>|^2 and its principal values are those of the coupling matrix.
    np.testing.assert_allclose(np.sum(trans[1:] ** 2), np.sum(coupling ** 2), rtol=1e-6)
    np.testing.assert_allclose(np.sort(np.sum(trans[1:] ** 2, axis=1)),
                               np.sort(np.linalg.svd(coupling, compute_uv=False) ** 2), rtol=1e-6)
    np.testing.assert_allclose(np.diagonal(states.rotate(eig, mixed(h))), [e0, e1, e1, e1], atol=1e-9)


def test_fourfold_level_has_three_dipole_axes_and_one_dark_state():
    # Hydrogen's n = 2 level from 1s: 2s (no dipole from 1s) and three 2p states, mixed by a
    # generic basis change. K has rank 3, so the fourth state of the level must come out dark, and the
    # three bright ones carry the principal values of the 2p coupling.
    e = np.array([-0.5, -0.125, -0.125, -0.125, -0.125])
    coupling = np.zeros((3, 4))                                  # <1s|d_c|n> for n = 2s, 2p...
    coupling[:, 1:] = [[0.745, 0.1, 0.0], [0.0, 0.6, -0.2], [0.05, 0.0, 0.5]]
    d = np.zeros((3, 5, 5))
    d[:, 0, 1:] = d[:, 1:, 0] = coupling
    mix = np.random.default_rng(2).normal(size=(5, 5)) + 3 * np.eye(5)
    mixed = lambda m: np.linalg.solve(mix, m @ mix)
    noise = np.random.default_rng(3).normal(scale=1e-6, size=(64, 5, 5))
    eig = states.eigen_energies(mixed(np.diag(e))[None] + noise - noise.mean(axis=0))
    levels = states.manifolds(eig)
    assert [list(level) for level in levels] == [[0], [1, 2, 3, 4]]
    trans = states.transition_dipoles(states.rotate(eig, mixed(d)), levels)
    strengths = np.sum(trans[1:] ** 2, axis=1)
    principal = np.linalg.svd(coupling, compute_uv=False) ** 2              # descending, (3,)
    np.testing.assert_allclose(strengths[:3], principal, rtol=1e-6)
    assert strengths[3] == 0.0
    # The bright axes are orthonormal directions (principal axes of a symmetric K).
    axes = trans[1:4] / np.sqrt(strengths[:3, None])
    np.testing.assert_allclose(axes @ axes.T, np.eye(3), atol=1e-6)


def test_one_state_objective_is_the_ground_state_objective():
    local_energy = hamiltonian.make_local_energy(combination_log_psi, np.array([1.0]), 'hessian')
    keyed = lambda p, x, a, key: local_energy(p, x, a)
    one = states.make_states_objective(combination_log_psi, keyed, 1)
    ground = vmc.ground_state_objective(combination_log_psi, keyed)
    params = jnp.asarray([1.0, 0.3, 0.2, -0.1, 0.4])
    atoms = jnp.zeros((1, 3), jnp.float64)
    local_one, local_ground = jax.jit(one.local), jax.jit(ground.local)
    for w in walkers(jax.random.PRNGKey(4), 4, 1):
        key = jax.random.PRNGKey(0)
        np.testing.assert_allclose(local_one([params], w, atoms, key)['energy'][0, 0],
                                   local_ground(params, w, atoms, key), rtol=1e-12)
        np.testing.assert_allclose(one.log_abs([params], w, atoms), ground.log_abs(params, w, atoms),
                                   rtol=1e-12)


def tiny_ansatz(nspins, charges):
    return make_ansatz(AnsatzSettings(**NETWORK_PRESETS['tiny']), nspins, charges)


def test_each_state_is_antisymmetric_and_the_determinant_exchanges_configurations():
    nspins, k = (2, 1), 2
    ansatz = tiny_ansatz(nspins, [3.0])
    params = [ansatz.init(key, jnp.float64) for key in jax.random.split(jax.random.PRNGKey(5), k)]
    atoms = jnp.zeros((1, 3), jnp.float64)
    w = walkers(jax.random.PRNGKey(6), 1, k, nelec=3)[0]
    amplitudes = jax.jit(lambda p, y: states.log_amplitudes(ansatz.log_psi, p, y, atoms))
    sign, logabs = amplitudes(params, w)
    r = w.reshape(k, 3, 3)
    swapped = r.at[1, 0].set(r[1, 1]).at[1, 1].set(r[1, 0]).reshape(-1)     # two up electrons of x^2
    sign2, logabs2 = amplitudes(params, swapped)
    np.testing.assert_allclose(logabs2, logabs, rtol=1e-10)
    np.testing.assert_array_equal(sign2[:, 1], -sign[:, 1])
    np.testing.assert_array_equal(sign2[:, 0], sign[:, 0])
    exchanged = r[::-1].reshape(-1)                                           # x^1 <-> x^2
    np.testing.assert_allclose(states.log_abs_det(*amplitudes(params, exchanged)),
                               states.log_abs_det(sign, logabs), rtol=1e-10)
    # The unbatched form used by the optimiser is the same function.
    unbatched = jax.jit(lambda p, y: states.log_amplitudes_unbatched(ansatz.log_psi, p, y, atoms))
    np.testing.assert_allclose(states.log_abs_det(*unbatched(params, w)), states.log_abs_det(sign, logabs),
                               rtol=1e-12)


def test_factored_gradient_of_multi_use_layers_equals_autodiff():
    nspins, k = (2, 1), 2
    ansatz = tiny_ansatz(nspins, [3.0])
    obj = states.make_states_objective(ansatz.log_psi, lambda p, x, a, key: 0.0, k)
    params = [ansatz.init(key, jnp.float64) for key in jax.random.split(jax.random.PRNGKey(7), k)]
    atoms = jnp.zeros((1, 3), jnp.float64)
    x = walkers(jax.random.PRNGKey(8), 4, k, nelec=3)
    w = jnp.asarray([0.3, -1.0, 0.7, 2.0])
    v = jax.tree_util.tree_map(lambda a: jnp.ones_like(a) * 0.01, params)

    @jax.jit
    def factored(p):
        jac = FactoredJacobian(obj.optimizer_log_abs, p, x, atoms)
        return jac.transpose_dot(w), jac.gram(), jac.dot(v)

    batch = lambda p: jax.vmap(lambda xi: obj.log_abs(p, xi, atoms))(x)
    got, gram, jv = factored(params)
    expected = jax.jit(jax.grad(lambda p: jnp.dot(w, batch(p))))(params)
    for a, b in zip(jax.tree_util.tree_leaves(got), jax.tree_util.tree_leaves(expected)):
        np.testing.assert_allclose(a, b, rtol=1e-8, atol=1e-10)
    explicit = jax.jit(jax.jacrev(batch))(params)
    j = jnp.concatenate([leaf.reshape(4, -1) for leaf in jax.tree_util.tree_leaves(explicit)], axis=1)
    np.testing.assert_allclose(gram, j @ j.T, rtol=1e-8)
    flat_v = jnp.concatenate([leaf.reshape(-1) for leaf in jax.tree_util.tree_leaves(v)])
    np.testing.assert_allclose(jv, j @ flat_v, rtol=1e-8)


def two_electron_log_psi(params, x, atoms):
    """Combinations of 1s1s, the 1s2s singlet and the 1s2s triplet (M_s = 0; electron 1 up, 2 down)."""
    f1, f2 = hydrogen_functions(x[:3], atoms), hydrogen_functions(x[3:], atoms)
    basis = jnp.stack([f1[0] * f2[0], f1[0] * f2[1] + f1[1] * f2[0], f1[0] * f2[1] - f1[1] * f2[0]])
    value = params @ basis
    return jnp.sign(value), jnp.log(jnp.abs(value))


def test_spin_square_matrix_of_singlets_and_a_triplet():
    measure = excited.make_matrix_estimator(two_electron_log_psi, (1, 1), 3)
    mix = jnp.asarray([[1.0, 0.2, 0.0], [0.0, 1.0, 0.5], [0.3, 0.0, 1.0]])
    x = walkers(jax.random.PRNGKey(9), 5, 3, nelec=2)
    atoms = jnp.zeros((1, 3), jnp.float64)
    s2 = jax.jit(measure)(list(mix), x, atoms, None)['s2']
    # Mixed states: the matrix is mix^-T diag(0, 0, 2) mix^T at every walker, eigenvalues 0, 0, 2.
    np.testing.assert_allclose(s2, np.linalg.solve(mix.T, np.diag([0.0, 0.0, 2.0]) @ mix.T), atol=1e-10)


# ---- the solver -------------------------------------------------------------------------------------
QUICK = dict(network='tiny', nwalkers=32, pretrain_cycle=30, burn_in=20, mcmc_steps=5, eval_cycle=20,
             prop_cycle=5, seed=0, verbose=0)


@pytest.fixture(scope='module')
def h_atom():
    mol = gto.M(atom='H 0 0 0', spin=1, basis='aug-cc-pvdz', verbose=0)
    return scf.UHF(mol).run()


def test_h_atom_five_states_order_1s_below_the_n2_manifold(h_atom, tmp_path):
    chk = str(tmp_path / 'h5.chk')
    fn = FermiNet(h_atom, nstates=5, max_cycle=20, chkfile=chk, **QUICK).run()
    assert fn.e_tot.shape == fn.e_err.shape == fn.e_exc.shape == (5,)
    assert np.all(np.diff(fn.e_tot) >= 0)
    assert fn.e_tot[0] < -0.45                       # the 1s state, pretrained to the SCF determinant
    assert fn.e_tot[0] + 0.2 < fn.e_tot[1]           # below all four n = 2 states (-0.125)
    assert fn.e_hist.energy_matrix.shape == (20, 5, 5)
    with pytest.raises(ValueError, match='nstates'):  # the state file holds 5 states
        FermiNet(h_atom, nstates=4, max_cycle=25, chkfile=chk, **QUICK).run()
    with pytest.raises(NotImplementedError, match='nstates'):
        fn.Gradients()


def test_bad_nstates_are_named(h_atom):
    with pytest.raises(ValueError, match='nstates'):
        FermiNet(h_atom, nstates=0, **QUICK).run()
    mol = gto.M(atom='H 0 0 0', spin=1, basis='sto-3g', verbose=0)
    with pytest.raises(ValueError, match='nstates = 2'):   # sto-3g has no virtual orbital
        FermiNet(scf.UHF(mol).run(), nstates=2, max_cycle=2, **QUICK).run()


def test_double_excitations_join_the_singles_ordered_by_summed_gap():
    """He in 6-31G (orbitals 1s, 2s): the singles 1s -> 2s of each spin (gap g), then the double
    1s^2 -> 2s^2 (gap 2g), whose determinant has the 2s orbital in both spins."""
    mf = scf.RHF(gto.M(atom='He 0 0 0', basis='6-31g', verbose=0)).run()
    fn = FermiNet(mf, nstates=4, pretrain_excitations='singles+doubles', **QUICK).build()
    refs = excited.pretraining_references(fn, 4, ndet=2)
    occ, virt = mf.mo_coeff[:, [0]], mf.mo_coeff[:, [1]]
    expected = [(occ, occ), (virt, occ), (occ, virt), (virt, virt)]
    for ref, (a, b) in zip(refs, expected):
        np.testing.assert_allclose(ref.coeff[0], a)
        np.testing.assert_allclose(ref.coeff[1], b)
    singles_only = FermiNet(mf, nstates=4, **QUICK).build()
    with pytest.raises(ValueError, match='nstates = 4 needs 3 excited determinants.*only 2 single'):
        excited.pretraining_references(singles_only, 4, ndet=2)
    with pytest.raises(ValueError, match='pretrain_excitations'):
        FermiNet(mf, nstates=2, pretrain_excitations='triples', **QUICK).run()


def test_cas_roots_are_the_targets_of_the_states():
    """FermiNet(mc, nstates=k): state i's target is CAS root i (its energy and CI weights); an mc
    with fewer roots than nstates, or one not run, is refused naming the setting."""
    from pyscf import mcscf
    mol = gto.M(atom='H 0 0 0; H 0 0 5.0', unit='bohr', basis='6-31g', verbose=0)
    mf = scf.RHF(mol).run()
    mc = mcscf.CASCI(mf, 2, 2)
    mc.fcisolver.nroots = 3
    mc.kernel()
    fn = FermiNet(mc, nstates=3, **QUICK).build()
    refs = excited.pretraining_references(fn, 3, ndet=4)
    np.testing.assert_allclose([r.e_tot for r in refs], mc.e_tot)
    for ref, ci in zip(refs, mc.ci):
        weights = np.sort(np.abs(ref.ci[0]))[::-1]
        big = np.sort(np.abs(ci).ravel())[::-1]
        np.testing.assert_allclose(weights, big[:len(weights)])
        assert big[len(weights):].sum() < 1e-5
    with pytest.raises(ValueError, match=r'nstates = 4, but the CASCI object has 3 root\(s\)'):
        FermiNet(mc, nstates=4, **QUICK).run()
    with pytest.raises(ValueError, match='no CI vectors: run it'):
        FermiNet(mcscf.CASCI(mf, 2, 2), **QUICK).run()
