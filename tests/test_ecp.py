"""Effective core potentials: the angular quadrature, the ECP terms against PySCF's integrals, exact
one-electron ECP atoms, and the errors for ECP input the Hamiltonian cannot take."""

import math

import jax
import jax.numpy as jnp
import numpy as np
import pytest
from pyscf import gto, scf

from pyscf_ferminet import FermiNet
from pyscf_ferminet import ecp as ecp_mod
from pyscf_ferminet import system as system_mod

# A custom semi-local ECP in PySCF's layout: [ncore, [[l, buckets]]], bucket n holds [exponent, coeff]
# pairs of c r^(n-2) exp(-a r^2); l = -1 is the local channel.
CUSTOM = {'Li': [2, [[-1, [[], [[1.5, 1.0]], [[0.8, -0.7]]]],
                     [0, [[], [], [[1.2, 2.0]]]],
                     [1, [[], [[0.9, 0.5]], [[0.7, -1.3]]]]]]}


def sphere_average(a, b, c):
    """Exact average of x^a y^b z^c over the unit sphere."""
    if a % 2 or b % 2 or c % 2:
        return 0.0
    dfact = lambda n: math.prod(range(n, 0, -2)) if n > 0 else 1
    return dfact(a - 1) * dfact(b - 1) * dfact(c - 1) / dfact(a + b + c + 1)


@pytest.mark.parametrize('npoints, degree', [(12, 5), (26, 7), (50, 11)])
def test_angular_rule_integrates_polynomials_up_to_its_degree(npoints, degree):
    points, weights = ecp_mod.angular_rule(npoints)
    assert weights.sum() == pytest.approx(1.0)
    rot = np.asarray(ecp_mod.random_rotations(jax.random.PRNGKey(0), (), jnp.float64))
    worst = {}
    for pts in (points, points @ rot.T):                 # any rotation of the rule is as exact
        for n in range(degree + 2):
            for a in range(n + 1):
                for b in range(n + 1 - a):
                    c = n - a - b
                    err = abs(np.sum(weights * pts[:, 0] ** a * pts[:, 1] ** b * pts[:, 2] ** c)
                              - sphere_average(a, b, c))
                    worst[n] = max(worst.get(n, 0.0), err)
    assert max(worst[n] for n in range(degree + 1)) < 1e-12
    assert worst[degree + 1] > 1e-5                       # and not beyond


def test_random_rotations_are_rotations():
    rot = np.asarray(ecp_mod.random_rotations(jax.random.PRNGKey(1), (5,), jnp.float64))
    np.testing.assert_allclose(rot @ np.swapaxes(rot, 1, 2), np.broadcast_to(np.eye(3), (5, 3, 3)),
                               atol=1e-12)
    np.testing.assert_allclose(np.linalg.det(rot), 1.0)


def custom_ecp():
    mol = gto.M(atom='Li 0.1 -0.2 0.3', ecp=CUSTOM, basis='ccecp-cc-pvdz', spin=1, verbose=0)
    return mol, system_mod.build_system(mol, None)


@pytest.mark.parametrize('key', [None, jax.random.PRNGKey(3)])
def test_nonlocal_energy_of_s_and_p_functions_is_their_channel(key):
    """psi = exp(-r) about the ECP atom: the s channel's potential; psi = z exp(-r): the p channel's."""
    mol, sysm = custom_ecp()
    ecp = sysm.ecp
    assert ecp.lmax == 1 and list(ecp.ncore) == [2]
    atoms = jnp.asarray(sysm.atoms)
    rule = ecp_mod.angular_rule(12)
    x = atoms[0] + jnp.array([0.4, -0.7, 0.5])
    r = jnp.linalg.norm(x - atoms[0])
    u = ecp_mod.radial(ecp.channels, r[None, None])[0]          # (L,) channel potentials at r
    s_like = lambda y: (jnp.ones(()), -jnp.linalg.norm(y - atoms[0]))
    e_s = ecp_mod.nonlocal_energy(s_like, x, atoms, ecp, rule, key)
    assert float(e_s) == pytest.approx(float(u[0]), rel=1e-10)
    p_like = lambda y: (jnp.sign(y[2] - atoms[0, 2]),
                        jnp.log(jnp.abs(y[2] - atoms[0, 2])) - jnp.linalg.norm(y - atoms[0]))
    e_p = ecp_mod.nonlocal_energy(p_like, x, atoms, ecp, rule, key)
    assert float(e_p) == pytest.approx(float(u[1]), rel=1e-10)   # no s-channel part at all
    far = atoms[0] + jnp.array([0.0, 0.0, 1.1 * float(ecp.cutoff[0])])
    assert float(ecp_mod.nonlocal_energy(s_like, far, atoms, ecp, rule, key)) == 0.0


def test_batched_nonlocal_energy_evaluates_pairs_within_the_cutoff_as_per_walker():
    """The batch form (pairs within the cutoff gathered, evaluated in blocks, summed back per walker)
    gives each walker the per-walker value for the same rotation keys, whatever the block size, and
    sharded over the devices' walkers as the VMC step runs it."""
    from jax.sharding import PartitionSpec

    from pyscf_ferminet import vmc
    mol = gto.M(atom='Li 0 0 0; Li 0.3 0.2 3.6', unit='bohr', ecp=CUSTOM, basis='ccecp-cc-pvdz',
                verbose=0)
    sysm = system_mod.build_system(mol, None)
    ecp, atoms = sysm.ecp, jnp.asarray(sysm.atoms)
    rule = ecp_mod.angular_rule(12)

    def log_psi(y):                      # couples the electrons, and changes sign under a move
        r = y.reshape(-1, 3)
        pair = jnp.linalg.norm(r[:, None] - r[None] + jnp.eye(len(r))[..., None], axis=-1)
        return (jnp.sign(jnp.prod(r[:, 2] - 1.5)),
                -0.8 * jnp.sum(jnp.linalg.norm(r[:, None] - atoms[None], axis=-1))
                + 0.2 * jnp.sum(jnp.triu(pair, 1)) + 0.1 * jnp.sum(r[:, 0] * r[:, 1]))

    nw = 8
    x = jax.random.normal(jax.random.PRNGKey(5), (nw, 2, 3)) * 1.2 + atoms[:2][None]
    x = x.at[3].add(20.0)                                   # one walker with every pair outside
    x = x.reshape(nw, -1)
    keys = jax.random.split(jax.random.PRNGKey(6), nw)
    inside = np.linalg.norm(np.asarray(x).reshape(nw, -1, 1, 3) - np.asarray(atoms)[None, None],
                            axis=-1) < ecp.cutoff
    assert 0 < inside.sum() < inside.size                   # some pairs in, some out
    expected = jax.vmap(lambda xi, k: ecp_mod.nonlocal_energy(log_psi, xi, atoms, ecp, rule, k))(x, keys)
    # zero exactly for the walkers with no pair inside (walker 3), non-zero for the others
    np.testing.assert_array_equal(np.asarray(expected) != 0.0, inside.sum((1, 2)) > 0)
    assert float(expected[3]) == 0.0
    for chunk in (1, 3, inside.size):
        got = ecp_mod.nonlocal_energy_batch(log_psi, x, atoms, ecp, rule, keys, chunk)
        np.testing.assert_allclose(np.asarray(got), np.asarray(expected), rtol=1e-12, atol=1e-14)
    walkers, replicated = PartitionSpec('walkers'), PartitionSpec()
    sharded = jax.jit(jax.shard_map(
        lambda xs, ks: ecp_mod.nonlocal_energy_batch(log_psi, xs, atoms, ecp, rule, ks, 3),
        mesh=vmc.device_mesh(), in_specs=(walkers, walkers), out_specs=walkers))
    np.testing.assert_allclose(np.asarray(sharded(x, keys)), np.asarray(expected), rtol=1e-12,
                               atol=1e-14)


def test_ecp_run_is_the_same_in_any_number_of_walker_chunks():
    """Through the solver (walkers sharded over two devices): the non-local term's blocks follow
    energy_chunks, and the training history is the same up to float32 rounding."""
    mol = gto.M(atom='C 0 0 0', spin=2, ecp='ccecp', basis='ccecp-cc-pvdz', verbose=0)
    mf = scf.UHF(mol).run()
    quick = dict(network='tiny', nwalkers=64, pretrain_cycle=10, burn_in=20, eval_cycle=2,
                 max_cycle=5, seed=2, verbose=0)
    whole = FermiNet(mf, **quick).run()
    chunked = FermiNet(mf, energy_chunks=4, **quick).run()
    assert np.all(np.isfinite(whole.e_hist.energy))
    np.testing.assert_allclose(chunked.e_hist.energy, whole.e_hist.energy, rtol=5e-5)
    np.testing.assert_allclose(chunked.e_hist.variance, whole.e_hist.variance, rtol=1e-3)


def test_custom_ecp_is_read_as_pyscf_builds_it():
    mol, sysm = custom_ecp()
    assert sysm.charges.tolist() == [1.0] and sysm.nspins == (1, 0)
    # Local channel at r: 1.0/r exp(-1.5 r^2) - 0.7 exp(-0.8 r^2).
    r = jnp.asarray(0.6)
    assert float(ecp_mod.radial(sysm.ecp.local, r[None])[0]) == pytest.approx(
        np.exp(-1.5 * 0.36) / 0.6 - 0.7 * np.exp(-0.8 * 0.36))
    # Cusp charge: Z_eff 1 less the r^-1 coefficient 1.0 of the local channel.
    assert sysm.cusp_charges.tolist() == [0.0]


def test_ecp_terms_match_pyscf_integrals():
    """<psi|V_ECP|psi> of the SCF determinant, sampled, against tr(D V_ECP) from PySCF's integrals:
    the same molecule with and without mol.ecp differs as PySCF says."""
    import test_pretrain
    mol = gto.M(atom='Li 0 0 0; H 0 0 3.015', unit='bohr', ecp='ccecp', basis='ccecp-cc-pvdz',
                verbose=0)
    mf = scf.RHF(mol).run()
    mean, error, ecp_mean, ecp_error = test_pretrain.scf_determinant_vmc_energy(
        mf, nwalkers=256, niter=40, ecp_part=True)
    expected = np.einsum('ij,ji', mf.make_rdm1(), mol.intor('ECPscalar'))
    assert abs(ecp_mean - expected) < 3 * ecp_error + 1e-4, (ecp_mean, ecp_error, expected)
    assert abs(mean - mf.e_tot) < 3 * error, (mean, error, mf.e_tot)


def test_one_electron_ecp_atom_has_the_exact_constant_local_energy(symbol='Li'):
    """Li with ccECP keeps one valence electron: ROHF in a large basis is the exact eigenstate, so its
    local energy is the exact energy everywhere the basis describes the orbital (here beyond 0.5 bohr;
    closer in the Gaussians' missing shape shows; for Na, beyond about 1.5 bohr)."""
    from pyscf_ferminet import hamiltonian, pretrain
    mol = gto.M(atom=f'{symbol} 0 0 0', ecp='ccecp', basis='ccecp-aug-cc-pv5z', spin=1, verbose=0)
    mf = scf.ROHF(mol).run()
    sysm = system_mod.build_system(mol, system_mod.scf_reference(mf))
    assert sysm.nspins == (1, 0) and sysm.cusp_charges.tolist() == [0.0]
    log_psi = pretrain.make_scf_log_psi(sysm.scf, jnp.float64)
    local_energy = hamiltonian.make_local_energy(lambda p, x, a: log_psi(x, a), sysm.charges, 'folx',
                                                 sysm.ecp)
    rng = np.random.default_rng(0)
    u = rng.normal(size=(100, 3))
    x = u / np.linalg.norm(u, axis=1, keepdims=True) * rng.uniform(0.5, 5.0, size=(100, 1))
    keys = jax.random.split(jax.random.PRNGKey(0), 100)
    e = jax.vmap(local_energy, in_axes=(None, 0, None, 0))(None, jnp.asarray(x), jnp.asarray(sysm.atoms),
                                                           keys)
    # A missing or wrong channel shows at the hartree scale (the s channel is ~1 hartree at 1 bohr).
    assert np.max(np.abs(np.asarray(e) - mf.e_tot)) < 1e-2
    assert abs(np.mean(np.asarray(e)) - mf.e_tot) < 1e-3


def test_bad_ecp_input_raises():
    mol = gto.Mole(atom='C 0 0 0', ecp='ccecp', basis='ccecp-cc-pvdz', spin=2, verbose=0)
    with pytest.raises(ValueError, match='mol.build'):
        FermiNet(mol)
    mol = gto.M(atom='I 0 0 0; H 0 0 3', ecp='lanl2dz', basis='lanl2dz', verbose=0)
    with pytest.raises(ValueError, match=r"no data for H.*ecp=\{'I': 'lanl2dz'\}"):
        FermiNet(mol)
    mol = gto.M(atom='C 0 0 0', ecp='ccecp', basis='cc-pvdz', spin=2, verbose=0)
    with pytest.raises(ValueError, match='all-electron basis'):
        FermiNet(mol)
    mol = gto.M(atom='C 0 0 0', ecp='ccecp', basis='ccecp-cc-pvdz', spin=2, verbose=0)
    with pytest.raises(NotImplementedError, match='generalised'):
        FermiNet(scf.GHF(mol))
    with pytest.raises(ValueError, match='ecp_quadrature'):
        FermiNet(mol, ecp_quadrature=13).check_sanity()


def test_ecp_molecule_through_the_ase_calculator_scanner_and_forces():
    from ase import Atoms
    from pyscf.data.nist import BOHR, HARTREE2EV

    from pyscf_ferminet.ase import FermiNetCalculator
    atoms = Atoms('LiH', positions=[[0, 0, 0], [0, 0, 1.6]])
    atoms.calc = FermiNetCalculator(ecp='ccecp', basis='ccecp-cc-pvdz', network='tiny', nwalkers=32,
                                    max_cycle=10, eval_cycle=5, pretrain_cycle=5, scan_cycle=5,
                                    prop_cycle=8, verbose=0)
    atoms.get_potential_energy()
    solver = atoms.calc.solver
    assert solver.system.nspins == (1, 1) and solver.system.charges.tolist() == [1.0, 1.0]
    atoms.positions[1, 2] = 1.7
    atoms.get_potential_energy()
    assert solver.scan_log[-1]['warm']                       # warm start from the first geometry
    # Forces include the ECP's derivative terms (the estimator is checked against finite differences
    # and PySCF's RHF gradient in test_gradients.py); here they reach ASE in its units.
    forces, err = atoms.get_forces(), atoms.info['forces_error']
    assert np.all(np.isfinite(forces)) and np.all(err > 0)
    np.testing.assert_allclose(forces, -solver._grad * HARTREE2EV / BOHR, rtol=1e-12)
