"""The PySCF side of k-state runs (`FermiNet(mf, nstates=k)`): pretraining targets from the SCF,
initial parameters and walkers, energies with errors, transition dipoles, oscillator strengths,
<S^2> per state and the `analyze()` table. The math of the objective is in `states.py`.

Pretraining targets: state i is fitted to determinant i of the list [the SCF determinant, the
spin-preserving single excitations i -> a ordered by the orbital-energy gap e_a - e_i (alpha before
beta at equal gaps)], or with pretrain_excitations = 'singles+doubles' of the singles and doubles
together ordered by their summed gaps. A closed shell's alpha and beta excitations of one orbital
pair come in pairs, which together span the singlet and the M_s = 0 triplet. From a CASCI/CASSCF
object (`FermiNet(mc, nstates=k)`), state i is fitted to the CI expansion of root i instead
(`system.cas_reference`); with nstates = 1 this gives the ground state a multi-determinant start.
"""

from __future__ import annotations

import dataclasses
import time

import jax
import jax.numpy as jnp
import numpy as np
from pyscf.lib import logger

from pyscf_ferminet import mcmc, observables, pretrain, states, stats, vmc
from pyscf_ferminet.wavefunction import envelopes_from_scf


# ---- pretraining targets --------------------------------------------------------------------------
def _spin_orbitals(mf, nspins):
    """Per spin: (mo_coeff (nao, nmo), occupied indices, orbital energies (nmo,)) of an SCF object."""
    coeff, occ, energy = mf.mo_coeff, np.asarray(mf.mo_occ), np.asarray(mf.mo_energy)
    if occ.ndim == 2:                                                  # UHF / UKS
        return [(np.asarray(coeff[s]), np.flatnonzero(occ[s] > 1e-8), np.asarray(energy[s]))
                for s in (0, 1)]
    e_a = np.asarray(getattr(mf.mo_energy, 'mo_ea', energy))
    e_b = np.asarray(getattr(mf.mo_energy, 'mo_eb', energy))
    coeff = np.asarray(coeff)
    return [(coeff, np.flatnonzero(occ > 1e-8), e_a), (coeff, np.flatnonzero(occ > 1.5), e_b)]


def _excitations(spins, nspins, doubles: bool) -> list:
    """Spin-preserving excitations as (gap, [(spin, position in occ, virtual), ...]), ascending gap
    (ties: fewer excitations first, then alpha before beta)."""
    singles = []
    for s, (coeff, occ, energy) in enumerate(spins):
        if len(occ) != nspins[s]:
            raise ValueError(f'The SCF occupies {len(occ)} spin-{s} orbitals but the molecule has '
                             f'{nspins[s]}; excitation targets need an aufbau SCF.')
        virt = np.setdiff1d(np.arange(coeff.shape[1]), occ)
        singles += [(energy[a] - energy[i], s, p, a) for p, i in enumerate(occ) for a in virt]
    out = [(g, [(s, p, a)]) for g, s, p, a in singles]
    if doubles:
        for m, (g1, s1, p1, a1) in enumerate(singles):
            for g2, s2, p2, a2 in singles[m + 1:]:
                # Each pair once (m < n); a same-spin pair moves two electrons into two virtuals.
                if s1 == s2 and (p1 == p2 or a1 == a2):
                    continue
                out.append((g1 + g2, [(s1, p1, a1), (s2, p2, a2)]))
    out.sort(key=lambda t: (round(t[0], 8), len(t[1]), [e[0] for e in t[1]]))
    return out


def excitation_references(mf, scf_ref, nspins, nstates: int, doubles: bool = False) -> list:
    """The SCF reference and its `nstates - 1` lowest excitations (singles, or singles and doubles),
    as `SCFReference`s whose occupied orbitals are the target determinant's (each excited orbital in
    the place of the one it replaces).

    Raises:
        ValueError: when the SCF basis has fewer excitations than nstates - 1.
    """
    spins = _spin_orbitals(mf, nspins)
    excitations = _excitations(spins, nspins, doubles)
    if len(excitations) < nstates - 1:
        kind = 'single and double' if doubles else 'single'
        raise ValueError(f'nstates = {nstates} needs {nstates - 1} excited determinants as pretraining '
                         f'targets, but the SCF basis gives only {len(excitations)} {kind} excitations: '
                         'use a larger basis (e.g. aug-cc-pvdz) or lower nstates.')
    refs = [scf_ref]
    for _, moves in excitations[:nstates - 1]:
        new_coeff, new_energy = list(scf_ref.coeff), list(scf_ref.mo_energy)
        for s in (0, 1):
            coeff, occ, energy = spins[s]
            cols = occ.copy()
            for spin, p, a in moves:
                if spin == s:
                    cols[p] = a
            if any(spin == s for spin, _, _ in moves):
                new_coeff[s], new_energy[s] = coeff[:, cols], energy[cols]
        refs.append(dataclasses.replace(scf_ref, coeff=tuple(new_coeff), mo_energy=tuple(new_energy)))
    return refs


def pretraining_references(fn, nstates: int, ndet: int, log=None) -> list:
    """The pretraining target of each state: CAS roots when the solver was given a CASCI/CASSCF
    object, otherwise the SCF determinant and its lowest excitations (`pretrain_excitations`). The
    settings (roots against nstates, pretrain_excitations) are checked by `FermiNet.check_sanity`.

    ndet: the network's determinants per state (the most determinants a CAS target keeps)."""
    from pyscf_ferminet import system as system_mod
    system = fn.system
    if system.scf is None:
        raise ValueError(f'nstates = {nstates} needs an SCF reference for its pretraining targets.')
    if fn.mc is not None:
        return [system_mod.cas_reference(fn.mc, i, system.scf, ndet, log=log) for i in range(nstates)]
    if nstates == 1:
        return [system.scf]
    return excitation_references(fn.mf, system.scf, system.nspins, nstates,
                                 doubles=fn.pretrain_excitations == 'singles+doubles')


def initial_params_and_walkers(fn, model, k_param, k_walk, k_pre, log):
    """k parameter trees (state i's envelopes from, and orbitals pretrained to, target i) and walkers
    (nwalkers, k * nelec * 3) whose configuration i comes from state i's pretraining sampler.

    Returns: (params list, walkers, width, pretraining losses summed over states (steps,)).
    """
    system, k = fn.system, model.nstates
    refs = pretraining_references(fn, k, model.settings.determinants, log)
    params = []
    for ref, key in zip(refs, jax.random.split(k_param, k)):
        p = model.ansatz.init(key, model.dtype)
        if model.settings.scf_envelopes:
            p = envelopes_from_scf(p, model.settings, system.nspins, ref, system.mol)
        params.append(p)
    x = mcmc.init_walkers(k_walk, system.atoms, system.charges, system.nspins, fn.nwalkers * k,
                          model.dtype).reshape(fn.nwalkers, k, -1)
    pre = fn.pretrain_settings()
    width, losses, configs = fn.mcmc_width, np.zeros(0), []
    t0 = time.time()
    for i, (ref, key) in enumerate(zip(refs, jax.random.split(k_pre, k))):
        xi = vmc.shard_state({'x': x[:, i]}, model.mesh)['x']
        if pre.steps:
            params[i], xi, width, loss = pretrain.pretrain(
                params[i], xi, key, model.ansatz.orbitals, model.ansatz.log_psi, ref, system.nspins,
                model.settings.full_det, system.atoms, pre, fn.mcmc_steps, fn.target_acceptance,
                fn.mcmc_width, log=log)
            losses = np.asarray(loss) if losses.size == 0 else losses + np.asarray(loss)
        configs.append(jnp.asarray(vmc.to_host(xi)))
    if pre.steps:
        fn.timings['pretrain'] = time.time() - t0
        log.note('Pretraining %d states: %d steps each, summed loss %.4g -> %.4g, %.1f s', k, pre.steps,
                 losses[0], losses[-1], fn.timings['pretrain'])
    if fn.mcmc_moves == 'scaled':              # pretraining adapts a width in bohr, not a ratio
        width = fn.mcmc_width
    walkers = jnp.stack(configs, axis=1).reshape(fn.nwalkers, -1)
    return params, vmc.shard_state({'x': walkers}, model.mesh)['x'], width, losses


# ---- energies -------------------------------------------------------------------------------------
def set_energies(fn, e_eval) -> bool:
    """e_tot, e_err, e_exc, e_exc_err (each (k,)) on the solver from the evaluation's averaged
    local-energy matrices; returns whether the series was long enough to reblock."""
    eig = states.eigen_energies(e_eval.energy_matrix)
    fn._eigen = eig
    fn.e_tot, fn.e_err, fn.e_exc, fn.e_exc_err = eig.e, eig.e_err, eig.e_exc, eig.e_exc_err
    return len(e_eval) >= stats.MIN_POINTS


# ---- observables ----------------------------------------------------------------------------------
def make_local_spin_square(log_psi, nspins, nstates: int):
    """s2(params, walker (k * nelec * 3,), atoms) -> (k, k) local matrix of S^2, M^-1 (S^2 M), with
    (S^2 psi_i)(x) / psi_i(x) = S_z (S_z + 1) + n_dn - sum_{a up, b dn} psi_i(x; r_a <-> r_b) / psi_i(x)
    (the single-state formula of observables.py at every state and configuration)."""
    k = nstates
    n_up, n_dn = nspins
    sz = 0.5 * (n_up - n_dn)
    exchange = observables.make_spin_exchange(log_psi, nspins)

    def s2(params, walker, atoms):
        sign, logabs = states.log_amplitudes(log_psi, params, walker, atoms)
        x = walker.reshape(k, -1)
        ex = jax.vmap(lambda p: jax.vmap(lambda xj: exchange(p, xj, atoms))(x))(states.stack_states(params))
        return states.local_matrix(sign, logabs, sz * (sz + 1) + n_dn - ex)
    return s2


def make_spin_penalty(log_psi, nspins, nstates: int, coefficient: float):
    """The optional optimisation penalty coefficient x S^2 (local matrix), for
    `states.make_states_objective(penalty=...)`: it pushes states of higher spin up the spectrum."""
    s2 = make_local_spin_square(log_psi, nspins, nstates)
    return lambda params, walker, atoms: coefficient * s2(params, walker, atoms)


def make_matrix_estimator(log_psi, nspins, nstates: int):
    """Batch estimator of the local matrices of the dipole (sum_i r_i, bohr) and of S^2.

    Returns:
        measure(params, x (nwalkers, k * nelec * 3), atoms, key) -> {'dip': (3, k, k), 's2': (k, k)}
        walker averages of M^-1 (O M) (see `states.local_matrix`).
    """
    k = nstates
    local_s2 = make_local_spin_square(log_psi, nspins, nstates)

    def one_walker(params, walker, atoms):
        sign, logabs = states.log_amplitudes(log_psi, params, walker, atoms)
        r = jnp.sum(walker.reshape(k, -1, 3), axis=1)                       # (k configurations, 3)
        dip = jnp.broadcast_to(r.T[:, None, :], (3, k, k))                  # [c, i, j] = r_c(x^j)
        return {'dip': states.local_matrix(sign, logabs, dip), 's2': local_s2(params, walker, atoms)}

    def measure(params, x, atoms, key):
        out = jax.vmap(one_walker, (None, 0, None))(params, x, atoms)
        return jax.tree_util.tree_map(lambda a: jnp.mean(a, axis=0), out)

    return measure


@dataclasses.dataclass(frozen=True)
class StateProperties:
    """Per-state properties in the eigenbasis of the energy matrix.

    Attributes:
        dip: (3, k, k) rotated dipole matrices, bohr; dip_err their errors.
        s2: (k,) <S^2> per state; s2_err its errors.
        trans_dip: (k, 3) <0|sum_i r_i|n>, bohr (row 0 is the ground state's own <sum_i r_i>).
        trans_dip_err: (k, 3).
    """
    dip: np.ndarray
    dip_err: np.ndarray
    s2: np.ndarray
    s2_err: np.ndarray
    trans_dip: np.ndarray
    trans_dip_err: np.ndarray


def state_properties(fn) -> StateProperties:
    """Samples `fn.prop_cycle` batches of the matrix estimator and rotates them (cached per run)."""
    cache = getattr(fn, '_props_cache', None)
    if cache is not None and cache[0] is fn.state:
        return cache[1]
    observables.check_ready(fn)
    k = int(fn.nstates)
    batches = observables.solver_batches(
        fn, lambda model: make_matrix_estimator(model.ansatz.log_psi, fn.system.nspins, k),
        ('state_matrices', k), stream=3)
    eig = fn._eigen
    rot_dip = np.stack([states.rotate(eig, b['dip']) for b in batches])          # (nb, 3, k, k)
    rot_s2 = np.stack([states.rotate(eig, b['s2']) for b in batches])
    dip, dip_err = observables.mean_and_error(rot_dip)
    s2, s2_err = observables.mean_and_error(np.stack([np.diagonal(m) for m in rot_s2]))
    levels = states.manifolds(eig)
    trans = states.transition_dipoles(dip, levels)                                # (k, 3)
    trans_err = jackknife(lambda d: np.abs(states.transition_dipoles(d, levels)), rot_dip)
    props = StateProperties(dip=dip, dip_err=dip_err, s2=s2, s2_err=s2_err, trans_dip=trans,
                            trans_dip_err=trans_err)
    fn._props_cache = (fn.state, props)
    return props


def jackknife(estimate, batches: np.ndarray, blocks: int = 10) -> np.ndarray:
    """1-sigma error of estimate(mean of batches) by the jackknife over `blocks` contiguous blocks
    of the batches (blocks absorb the correlation of neighbouring batches)."""
    batches = np.asarray(batches)
    blocks = min(blocks, len(batches))
    if blocks < 2:
        return np.full(np.shape(estimate(batches.mean(axis=0))), np.inf)
    split = np.array_split(batches, blocks)
    sums = np.stack([b.sum(axis=0) for b in split])
    counts = np.array([len(b) for b in split])
    total, n = sums.sum(axis=0), counts.sum()
    values = np.stack([estimate((total - sums[i]) / (n - counts[i])) for i in range(blocks)])
    return np.sqrt((blocks - 1) / blocks * np.sum((values - values.mean(axis=0)) ** 2, axis=0))


def oscillator_strengths(e_exc, trans_dip) -> np.ndarray:
    """f_0n = 2/3 (E_n - E_0) |<0|d|n>|^2 (length gauge), (k - 1,) for n = 1..k-1."""
    return 2.0 / 3.0 * np.asarray(e_exc)[1:] * np.sum(np.asarray(trans_dip)[1:] ** 2, axis=1)


def analyze(fn, verbose=None):
    """Prints the state table: total energy, excitation energy (eV) with errors, <S^2>, oscillator
    strength from the lowest state. Returns the `StateProperties`."""
    from pyscf.data import nist
    observables.check_ready(fn)
    log = logger.new_logger(fn, verbose)
    props = state_properties(fn)
    f = np.concatenate([[0.0], oscillator_strengths(fn.e_exc, props.trans_dip)])
    ev = nist.HARTREE2EV
    log.note('FermiNet %d states (natural excited states):', len(fn.e_tot))
    log.note('%5s %22s %22s %14s %8s', 'state', 'E_tot / Eh', 'excitation / eV', '<S^2>', 'f_osc')
    for n in range(len(fn.e_tot)):
        log.note('%5d %12.6f +- %7.6f %10.4f +- %7.4f %7.3f +- %4.3f %8.4f', n, fn.e_tot[n], fn.e_err[n],
                 fn.e_exc[n] * ev, fn.e_exc_err[n] * ev, props.s2[n], props.s2_err[n], f[n])
    for level in states.manifolds(fn._eigen):
        if len(level) > 1:
            log.note('States %s: one level, degenerate within 3 error bars, shown along the principal '
                     'axes of its transition dipoles; summed f_osc %.4f.', ', '.join(map(str, level)),
                     f[level].sum())
    return props
