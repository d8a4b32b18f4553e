"""Properties of a FermiNet wavefunction by Monte Carlo: the one-body density matrix in the AO basis,
the dipole moment and <S^2>.

Each property is a jitted estimator over a batch of walkers x (nwalkers, nelec * 3), bohr, sampled from
|psi|^2. `sample_batches` advances the walkers by Metropolis steps with frozen parameters between
batches; the per-batch averages form a correlated series whose error bars come from reblocking
(`stats.reblock`).

One-body density matrix (spin s, AO basis):
    gamma_s(r', r) = N_s int |psi|^2 psi(r', x_2..) / psi(r, x_2..) ...   (one electron displaced)
    A_s = < sum_{i in s} chi(r') chi(r_i)^T psi(x; r_i -> r') / psi(x) / g(r') >,   r' ~ g
    D_s = S^-1 A_s S^-1
with g a normalised mixture of exponential densities at the nuclei (its tail is no lighter than the
orbitals', so the estimator has finite variance). In PySCF's convention rho(r) = sum chi_mu D_mu,nu chi_nu,
so `mf.mulliken_pop(mol, dm)` and `scf.hf.dip_moment(mol, dm)` take D as it is.

<S^2> for a wavefunction with fixed S_z (n_up electrons first, then n_dn):
    <S^2> = S_z (S_z + 1) + n_dn - sum_{i up, j dn} < psi(x; r_i <-> r_j) / psi(x) >.
"""

from __future__ import annotations

import dataclasses
from typing import Callable

import jax
import jax.numpy as jnp
import numpy as np
from pyscf.lib import logger

from pyscf_ferminet import basis as basis_mod
from pyscf_ferminet import mcmc, stats

# Decay rates (bohr^-1) of the auxiliary exponential densities on every atom: a core one scaled by
# the nuclear charge and a valence one slower than any bound orbital's tail squared.
_AUX_VALENCE_ZETA = 1.0


# ---- sampling with frozen parameters --------------------------------------------------------------
# The driver's sampler moves all electrons with one Gaussian width, adapted to 50% acceptance: for
# atoms with a core (Li: 1s radius ~0.6 bohr) that width (~0.18 bohr) is set by the core, and the
# valence electrons diffuse across the bond in ~300 steps. Batch averages `mcmc_steps` apart are
# then correlated over ~30 batches, more than `prop_cycle` holds: the walkers' dipole of LiH came
# out 0.7 D off with errors 10x too small. The property sampler below moves every electron with a
# width proportional to its distance from the nearest nucleus (Metropolis-Hastings with the
# asymmetric proposal corrected), so valence electrons take ~0.5 bohr steps while core ones stay
# small; the correlation of the batch averages drops to ~2 batches.
_MOVE_SCALE = 0.3               # move width / distance to the nearest nucleus (~35% acceptance)
_PROP_BURN_IN = 20              # steps with the property sampler before the first batch


def make_batch_step(log_prob: Callable, measure: Callable, nsteps: int, scaled: bool = False) -> Callable:
    """Jitted step(params, x, logp, key, width, atoms) -> (x, logp, measurement): `nsteps` Metropolis
    steps with frozen parameters, then `measure(params, x, atoms, key)` (a pytree of batch averages).

    Args:
        log_prob: (params, x (nwalkers, nelec * 3), atoms) -> log|psi|^2, (nwalkers,).
        scaled: move with `scaled_mcmc_steps`, `width` being its scale; else the driver's
            `mcmc.mcmc_steps` with a fixed width (bohr).
    """
    @jax.jit
    def step(params, x, logp, key, width, atoms):
        k_move, k_meas = jax.random.split(key)
        lp = lambda p, y: log_prob(p, y, atoms)
        if scaled:
            x, logp, _ = mcmc.scaled_mcmc_steps(lp, params, x, logp, k_move, width, atoms, nsteps)
        else:
            x, logp, _ = mcmc.mcmc_steps(lp, params, x, logp, k_move, width, nsteps)
        return x, logp, measure(params, x, atoms, k_meas)
    return step


def sample_batches(step: Callable, params, x, logp, width, atoms, key, nbatch: int) -> list:
    """Runs `nbatch` rounds of `step` (from `make_batch_step`) from walkers x (bohr) with log|psi|^2
    logp; returns the `nbatch` measurements as host pytrees (numpy float64)."""
    out = []
    for k in jax.random.split(key, nbatch):
        x, logp, m = step(params, x, logp, k, width, atoms)
        out.append(m)
    return [jax.tree_util.tree_map(lambda a: np.asarray(a, np.float64), m) for m in jax.device_get(out)]


_STEPS: dict = {}       # compiled batch steps per (model, property, settings): geometries share them


def solver_batches(fn, make_measure: Callable, tag, stream: int) -> list:
    """`fn.prop_cycle` batches, `fn.mcmc_steps` distance-scaled Metropolis steps apart (see
    `scaled_mcmc_steps`), from a solver's current state (walkers already in |psi|^2).

    `make_measure(model)` builds measure(params, x, atoms, key) once per compiled model; `tag` names
    the property and its settings; `stream` (int) separates the random streams of properties.
    """
    check_ready(fn)
    model, state = fn._model, fn.state
    cache_key = (model, tag, int(fn.mcmc_steps))
    if cache_key not in _STEPS:
        _STEPS[cache_key] = make_batch_step(model.vmc.log_prob, make_measure(model), int(fn.mcmc_steps),
                                            scaled=True)
    if (model, 'burn_in') not in _STEPS:
        _STEPS[model, 'burn_in'] = jax.jit(lambda p, x, lp, k, a: mcmc.scaled_mcmc_steps(
            lambda q, y: model.vmc.log_prob(q, y, a), p, x, lp, k, _MOVE_SCALE, a, _PROP_BURN_IN))
    key = jax.random.fold_in(jax.random.PRNGKey(fn.seed), 1000 + stream)
    k_burn, key = jax.random.split(key)
    params, atoms = state['params'], state['atoms']
    logp = model.vmc.log_prob(params, state['x'], atoms)      # never trust a stale logp
    x, logp, _ = _STEPS[model, 'burn_in'](params, state['x'], logp, k_burn, atoms)
    scale = jnp.asarray(_MOVE_SCALE, x.dtype)
    return sample_batches(_STEPS[cache_key], params, x, logp, scale, atoms, key, int(fn.prop_cycle))


def check_ready(fn) -> None:
    if getattr(fn, 'state', None) is None or getattr(fn, '_model', None) is None:
        raise RuntimeError(f'{type(fn).__name__}: no optimised wavefunction yet; run kernel() first.')


def mean_and_error(samples: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Elementwise mean and reblocked 1-sigma error of a series of arrays, shape (nbatch, ...)."""
    samples = np.asarray(samples, np.float64)
    flat = samples.reshape(samples.shape[0], -1)
    err = np.array([stats.reblock(flat[:, k]).error for k in range(flat.shape[1])])
    return samples.mean(axis=0), err.reshape(samples.shape[1:])


# ---- auxiliary density for the displaced electron -------------------------------------------------
def aux_mixture(charges) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Components of the auxiliary density: (atom index, zeta bohr^-1, weight), each (natm * 2,).

    Atoms weigh in proportion to their charge; each has a core (zeta = Z) and a valence component.
    """
    charges = np.asarray(charges, np.float64)
    natm = len(charges)
    atom = np.repeat(np.arange(natm), 2)
    zeta = np.stack([np.maximum(charges, 1.0), np.full(natm, _AUX_VALENCE_ZETA)], axis=1).ravel()
    weight = np.repeat(charges / charges.sum(), 2) * 0.5
    return atom, zeta, weight


def aux_sample(key, atoms, charges, shape) -> jnp.ndarray:
    """Points r' ~ g, shape `shape + (3,)`, bohr. Component k: g_k(r) = zeta^3/(8 pi) exp(-zeta |r - R|),
    whose radius is Gamma(3)-distributed with scale 1/zeta."""
    atom, zeta, weight = aux_mixture(charges)
    k_comp, k_rad, k_dir = jax.random.split(key, 3)
    comp = jax.random.choice(k_comp, len(weight), shape, p=jnp.asarray(weight, atoms.dtype))
    radius = jax.random.gamma(k_rad, 3.0, shape, atoms.dtype) / jnp.asarray(zeta, atoms.dtype)[comp]
    direction = jax.random.normal(k_dir, shape + (3,), atoms.dtype)
    direction = direction / jnp.linalg.norm(direction, axis=-1, keepdims=True)
    return atoms[jnp.asarray(atom)[comp]] + radius[..., None] * direction


def aux_log_density(r, atoms, charges) -> jnp.ndarray:
    """log g(r) for points r (..., 3), bohr."""
    atom, zeta, weight = aux_mixture(charges)
    zeta = jnp.asarray(zeta, r.dtype)
    dist = jnp.linalg.norm(r[..., None, :] - atoms[jnp.asarray(atom)], axis=-1)     # (..., ncomp)
    log_gk = jnp.log(jnp.asarray(weight, r.dtype) * zeta ** 3 / (8 * np.pi)) - zeta * dist
    return jax.scipy.special.logsumexp(log_gk, axis=-1)


# ---- estimators (one batch of walkers) ------------------------------------------------------------
def make_rdm1_estimator(log_psi: Callable, ao: basis_mod.AOBasis, nspins, charges, naux: int):
    """Batch estimator of A_s = S D_s S (see the module docstring) and of the walkers' dipole.

    Args:
        log_psi: (params, x (nelec * 3,), atoms) -> (sign, log|psi|).
        ao: the AO basis to project on.
        nspins: (n_up, n_dn).
        charges: (natm,) nuclear charges (shape the auxiliary density).
        naux: auxiliary points per walker (shared by its electrons).

    Returns:
        measure(params, x (nwalkers, nelec * 3), atoms (natm, 3), key) ->
            {'a': (2, nao, nao) batch average of A_s, 'r': (3,) batch average of sum_i r_i, bohr,
             'r_w': (nwalkers, 3) sum_i r_i of every walker, bohr}.
    """
    n_up, n_dn = nspins
    nelec = n_up + n_dn

    def ratios(params, xi, rp, atoms):
        """psi(x; r_i -> r'_a) / psi(x) for one walker: (nelec, naux)."""
        s0, l0 = log_psi(params, xi, atoms)
        r = xi.reshape(nelec, 3)

        def one(i, rpa):
            s, l = log_psi(params, r.at[i].set(rpa).reshape(-1), atoms)
            return s * s0 * jnp.exp(l - l0)
        return jax.vmap(jax.vmap(one, (None, 0)), (0, None))(jnp.arange(nelec), rp)

    def measure(params, x, atoms, key):
        nw = x.shape[0]
        rp = aux_sample(key, atoms, charges, (nw, naux))                         # (nw, naux, 3)
        weight = jnp.exp(-aux_log_density(rp, atoms, charges))                  # 1 / g(r')
        ratio = jax.vmap(ratios, (None, 0, 0, None))(params, x, rp, atoms)     # (nw, nelec, naux)
        chi_p = basis_mod.eval_ao(ao, rp, atoms)                                # (nw, naux, nao)
        chi_e = basis_mod.eval_ao(ao, x.reshape(nw, nelec, 3), atoms)           # (nw, nelec, nao)
        w = ratio * weight[:, None, :] / (nw * naux)
        blocks = []
        for start, n in ((0, n_up), (n_up, n_dn)):
            sl = slice(start, start + n)
            blocks.append(jnp.einsum('wia,wam,win->mn', w[:, sl], chi_p, chi_e[:, sl]))
        r_w = jnp.sum(x.reshape(nw, nelec, 3), axis=1)
        return {'a': jnp.stack(blocks), 'r': jnp.mean(r_w, axis=0), 'r_w': r_w}

    return measure


def make_spin_exchange(log_psi: Callable, nspins):
    """exchange(params, x (nelec * 3,), atoms) -> sum_{i up, j dn} psi(x; r_i <-> r_j) / psi(x) for one
    configuration (0 without opposite-spin pairs)."""
    n_up, n_dn = nspins
    pairs = np.array([(i, n_up + j) for i in range(n_up) for j in range(n_dn)]).reshape(-1, 2)

    def exchange(params, xi, atoms):
        if len(pairs) == 0:
            return jnp.zeros((), xi.dtype)
        s0, l0 = log_psi(params, xi, atoms)
        r = xi.reshape(-1, 3)

        def swapped(p):
            i, j = p[0], p[1]
            s, l = log_psi(params, r.at[i].set(r[j]).at[j].set(r[i]).reshape(-1), atoms)
            return s * s0 * jnp.exp(l - l0)
        return jnp.sum(jax.vmap(swapped)(jnp.asarray(pairs)))

    return exchange


def make_spin_exchange_estimator(log_psi: Callable, nspins):
    """Batch estimator of sum_{i up, j dn} psi(x; r_i <-> r_j) / psi(x).

    Returns:
        measure(params, x (nwalkers, nelec * 3), atoms, key) -> scalar batch average.
    """
    exchange = make_spin_exchange(log_psi, nspins)

    def measure(params, x, atoms, key):
        return jnp.mean(jax.vmap(exchange, (None, 0, None))(params, x, atoms))

    return measure


# ---- host-side assembly ---------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class RDM1:
    """The Monte Carlo one-body density matrix.

    Attributes:
        dm: (2, nao, nao) alpha and beta density matrices in the AO basis (PySCF convention).
        err: (2, nao, nao) 1-sigma errors (reblocked over batches).
        batches: (nbatch, 2, nao, nao) per-batch density matrices (for propagating errors).
        r_walkers, r_walkers_err: (3,) <sum_i r_i> straight from the walkers and its error, bohr.
    """
    dm: np.ndarray
    err: np.ndarray
    batches: np.ndarray
    r_walkers: np.ndarray
    r_walkers_err: np.ndarray


def project_rdm1(a_batches: np.ndarray, overlap: np.ndarray) -> np.ndarray:
    """D = S^-1 sym(A) S^-1 for every batch: (nbatch, 2, nao, nao) -> same shape."""
    a = 0.5 * (a_batches + np.swapaxes(a_batches, -1, -2))
    s_inv = np.linalg.inv(overlap)
    return np.einsum('mk,bskl,ln->bsmn', s_inv, a, s_inv)


def walker_mean_and_error(per_walker: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean and 1-sigma error of a series of per-walker values, shape (nbatch, nwalkers, ...).

    Every walker is an independent Markov chain started in equilibrium, so the spread of the walkers'
    time averages gives the error whatever the autocorrelation time (reblocking a few tens of
    batch averages cannot see correlations longer than a few batches).
    """
    per_walker = np.asarray(per_walker, np.float64)
    avg = per_walker.mean(axis=0)
    return avg.mean(axis=0), avg.std(axis=0, ddof=1) / np.sqrt(avg.shape[0])


def rdm1_from_batches(batches: list, overlap: np.ndarray) -> RDM1:
    d = project_rdm1(np.stack([b['a'] for b in batches]), overlap)
    dm, err = mean_and_error(d)
    r, r_err = mean_and_error(np.stack([b['r'] for b in batches]))
    if 'r_w' in batches[0]:
        r_err = np.maximum(r_err, walker_mean_and_error(np.stack([b['r_w'] for b in batches]))[1])
    return RDM1(dm=dm, err=err, batches=d, r_walkers=r, r_walkers_err=r_err)


def solver_rdm1(fn) -> RDM1:
    """The density matrix of a solver's optimised wavefunction (`fn.prop_cycle` batches)."""
    check_ready(fn)
    system = fn.system
    if system.scf is None:
        raise RuntimeError('make_rdm1 needs the AO basis of an SCF reference; none was built.')
    naux = int(fn.rdm1_aux)
    # The AO basis is rebuilt per geometry but evaluated at state['atoms']: only its shape matters.
    ao = system.scf.ao
    batches = solver_batches(fn, lambda model: make_rdm1_estimator(
        model.ansatz.log_psi, ao, system.nspins, system.charges, naux),
        ('rdm1', naux, str(system.mol.basis), system.symbols, ao.nao), stream=1)
    return rdm1_from_batches(batches, system.mol.intor_symmetric('int1e_ovlp'))


def dipole_from_rdm1(mol, rdm1: RDM1) -> tuple[np.ndarray, np.ndarray]:
    """Dipole (Debye, PySCF's sign convention: nuclear minus electronic) and its error from the
    per-batch density matrices."""
    from pyscf.data import nist
    with mol.with_common_orig((0, 0, 0)):
        ao_dip = mol.intor_symmetric('int1e_r', comp=3)
    nuc = np.einsum('i,ix->x', mol.atom_charges(), mol.atom_coords())
    dips = nuc - np.einsum('xij,bji->bx', ao_dip, rdm1.batches.sum(axis=1))
    mean, err = mean_and_error(dips)
    return mean * nist.AU2DEBYE, err * nist.AU2DEBYE


def spin_square_from_exchange(nspins, exchange: float, exchange_err: float):
    """(<S^2>, 2S+1, error of <S^2>) from the exchange estimate (see the module docstring)."""
    n_up, n_dn = nspins
    sz = 0.5 * (n_up - n_dn)
    ss = sz * (sz + 1) + n_dn - exchange
    return ss, float(np.sqrt(1.0 + 4.0 * max(ss, -0.25))), exchange_err


def solver_spin_square(fn):
    check_ready(fn)
    nspins = fn.system.nspins

    def make_measure(model):
        measure = make_spin_exchange_estimator(model.ansatz.log_psi, nspins)
        return lambda p, x, a, k: {'ex': measure(p, x, a, k)}
    batches = solver_batches(fn, make_measure, 'spin_square', stream=2)
    ex, ex_err = mean_and_error(np.array([b['ex'] for b in batches]))
    return spin_square_from_exchange(fn.system.nspins, float(ex), float(ex_err))


# ---- the solver's face (FermiNet.make_rdm1, dip_moment, analyze) ------------------------------------
def cached_rdm1(fn) -> RDM1:
    """The density matrix of the solver's current wavefunction, computed once per kernel(); sets
    fn._rdm1 / fn._rdm1_err (spin-summed, saved by dump_chk) and fn._rdm1s."""
    cache = getattr(fn, '_rdm1_cache', None)
    if cache is None or cache[0] is not fn.state:
        log = logger.new_logger(fn)
        t0 = (logger.process_clock(), logger.perf_counter())
        r = solver_rdm1(fn)
        fn._rdm1_cache = (fn.state, r)
        fn._rdm1, fn._rdm1_err = mean_and_error(r.batches.sum(axis=1))
        fn._rdm1s = r.dm
        log.timer('FermiNet rdm1', *t0)
    return fn._rdm1_cache[1]


def solver_dip_moment(fn, mol=None, dm=None, unit='Debye', verbose=logger.NOTE):
    """Dipole (3,) in PySCF's convention (nuclear minus electronic) and printout.

    Without `dm`, the electronic part is <sum_i r_i> straight from the walkers: exact for the
    wavefunction, with no basis-set projection (a density matrix projected on a finite AO basis
    shifts the dipole by up to a Debye for LiH in small bases). With `dm`, it is scf.hf.dip_moment.
    The 1-sigma error goes to fn.dip_err.
    """
    from pyscf import scf
    from pyscf.data import nist
    mol = fn.mol if mol is None else mol
    if dm is not None:
        return scf.hf.dip_moment(mol, dm, unit=unit, verbose=verbose)
    r = cached_rdm1(fn)
    nuc = np.einsum('i,ix->x', mol.atom_charges(), mol.atom_coords())
    dip, err = nuc - np.asarray(r.r_walkers), np.asarray(r.r_walkers_err)
    if unit.upper() == 'DEBYE':
        dip, err = dip * nist.AU2DEBYE, err * nist.AU2DEBYE
    fn._dip_err = err
    log = logger.new_logger(fn, verbose)
    log.note('Dipole moment(X, Y, Z, %s): %8.5f, %8.5f, %8.5f', unit, *dip)
    return dip


def solver_analyze(fn, verbose=None):
    from pyscf import scf
    check_ready(fn)
    log = logger.new_logger(fn, verbose)
    log.note('E(FermiNet) = %.8f +- %.8f  E_corr = %.8f  (SCF %.8f)', fn.e_tot, fn.e_err, fn.e_corr,
             fn.e_scf)
    dm = fn.make_rdm1()
    dip = fn.dip_moment(verbose=log)
    log.note('Dipole 1-sigma errors (Debye): %s', np.array2string(fn._dip_err, precision=4))
    r = cached_rdm1(fn)
    log.info('Walkers: <sum_i r_i> = %s +- %s bohr', r.r_walkers, r.r_walkers_err)
    pop, chg = scf.hf.mulliken_pop(fn.mol, dm, fn.mol.intor_symmetric('int1e_ovlp'), verbose=log)
    return pop, chg, dip
