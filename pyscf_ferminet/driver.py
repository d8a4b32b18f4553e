"""`kernel(solver)`: the whole FermiNet run behind `FermiNet.kernel()`.

Build the ansatz -> restore from the state checkpoint, or initialise (SCF envelopes, walkers,
pretraining, burn-in) -> optimise -> evaluate with frozen parameters -> results on the solver.
"""

from __future__ import annotations

import os
import tempfile
import time

import jax
import jax.numpy as jnp
import numpy as np
from pyscf import lib
from pyscf.lib import logger

from pyscf_ferminet import (checkpoint, excited, hamiltonian, mcmc, optimize, pretrain, states, stats,
                            taps, vmc)
from pyscf_ferminet.settings import BODY_SETTINGS
from pyscf_ferminet.wavefunction import envelopes_from_scf, make_ansatz


class Model:
    """Everything jitted for one solver configuration.

    Models are cached by configuration (network, spins, charges, optimiser, sampler, precision, number
    of states), so runs that differ only in geometry, seed or walkers (scanners, restarts, tests)
    compile once.
    """
    _cache: dict = {}

    def __new__(cls, fn):
        system = fn.system
        ecp = None if system.ecp is None else (system.ecp.fingerprint(), fn.ecp_quadrature)
        laplacian = hamiltonian.choose_laplacian(fn.laplacian, sum(system.nspins))
        key = (fn.ansatz_settings(), system.nspins, tuple(system.charges), tuple(system.cusp_charges),
               ecp, laplacian, fn.optim_settings(), fn.sampler_settings(), fn.precision, fn.nstates,
               float(fn.spin_penalty), int(fn.energy_chunks))
        if key not in cls._cache:
            model = super().__new__(cls)
            model.laplacian = laplacian
            model._build(fn)
            cls._cache[key] = model
        return cls._cache[key]

    def _build(self, fn):
        system = fn.system
        self.settings = fn.ansatz_settings()
        self.dtype = jnp.float64 if fn.precision == 'float64' else jnp.float32
        self.ansatz = make_ansatz(self.settings, system.nspins, system.charges, system.cusp_charges)
        self.local_energy = hamiltonian.make_local_energy(self.ansatz.log_psi, system.charges,
                                                          self.laplacian, system.ecp, fn.ecp_quadrature)
        self.nstates = int(fn.nstates)
        if self.nstates == 1 and system.ecp is not None:
            # The non-local ECP term over each device's walkers together: only the electron-atom
            # pairs within its cutoff are evaluated.
            self.objective = vmc.ground_state_objective(
                self.ansatz.log_psi,
                hamiltonian.make_local_energy(self.ansatz.log_psi, system.charges, self.laplacian,
                                              system.ecp, fn.ecp_quadrature, nonlocal_ecp=False),
                hamiltonian.make_nonlocal_batch(self.ansatz.log_psi, system.ecp, fn.ecp_quadrature,
                                                int(fn.energy_chunks)))
        elif self.nstates == 1:
            self.objective = vmc.ground_state_objective(self.ansatz.log_psi, self.local_energy)
        else:
            penalty = None if not fn.spin_penalty else excited.make_spin_penalty(
                self.ansatz.log_psi, system.nspins, self.nstates, float(fn.spin_penalty))
            self.objective = states.make_states_objective(self.ansatz.log_psi, self.local_energy,
                                                          self.nstates, penalty)
        self.optimizer = optimize.make_optimizer(fn.optim_settings(), self.objective.optimizer_log_abs)
        self.sampler = fn.sampler_settings()
        self.mesh = vmc.device_mesh()
        self.vmc = vmc.make_vmc(self.objective, self.optimizer, self.sampler, int(fn.energy_chunks),
                                self.mesh)
        if fn.optimizer != 'adam':                 # the natural-gradient optimisers tap dense layers
            _log_explicit_weights(fn, self.ansatz)


def _log_explicit_weights(fn, ansatz):
    """Says once per configuration which weights the factored Jacobian does not cover."""
    log = logger.new_logger(fn)
    params = jax.eval_shape(lambda k: ansatz.init(k, jnp.float32), jax.random.PRNGKey(0))
    dense = sum(a.size for d in taps.dense_layers(params) for a in d.values())
    total = sum(a.size for a in jax.tree_util.tree_leaves(params))
    log.info('%s: %d of %d parameters in %d dense layers with a factored Jacobian; the rest '
             '(envelopes, Jastrow, layer norms) have explicit per-walker gradients', fn.optimizer, dense,
             total, len(taps.dense_layers(params)))
    explicit = taps.explicit_weights(params)
    if explicit:
        log.warn('%s: these weights are outside the factored Jacobian, and their per-walker '
                 'gradients are formed explicitly (N x size memory, N^2 x size Gram work): %s',
                 fn.optimizer, ', '.join(f'{path} {shape}' for path, shape in explicit))


def _set_precision(fn):
    if fn.precision == 'float64' and not jax.config.jax_enable_x64:
        jax.config.update('jax_enable_x64', True)


def initial_state(fn, model: Model, log) -> dict:
    """Fresh parameters (SCF envelopes), walkers, pretraining and burn-in."""
    system = fn.system
    key = jax.random.PRNGKey(fn.seed)
    k_param, k_walk, k_pre, k_state = jax.random.split(key, 4)
    if model.nstates > 1:
        params, x, width, losses = excited.initial_params_and_walkers(fn, model, k_param, k_walk, k_pre,
                                                                      log)
        return _started_state(fn, model, params, x, width, k_state, log), losses
    params = model.ansatz.init(k_param, model.dtype)
    # The SCF determinant, or root 0 of the CAS the solver was given.
    target = None if system.scf is None else excited.pretraining_references(
        fn, 1, model.settings.determinants, log)[0]
    if model.settings.scf_envelopes and target is not None:
        params = envelopes_from_scf(params, model.settings, system.nspins, target, system.mol)
    x = mcmc.init_walkers(k_walk, system.atoms, system.charges, system.nspins, fn.nwalkers, model.dtype)
    x = vmc.shard_state({'x': x}, model.mesh)['x']          # sharded from the start, pretraining too
    width = fn.mcmc_width
    pre = fn.pretrain_settings()
    losses = np.zeros(0)
    if pre.steps and system.scf is not None:
        t0 = time.time()
        params, x, width, losses = pretrain.pretrain(
            params, x, k_pre, model.ansatz.orbitals, model.ansatz.log_psi, target, system.nspins,
            model.settings.full_det, system.atoms, pre, fn.mcmc_steps, fn.target_acceptance, width,
            log=log)
        losses = np.asarray(losses)
        fn.timings['pretrain'] = time.time() - t0
        if fn.mcmc_moves == 'scaled':        # pretraining adapts a width in bohr, not a ratio
            width = fn.mcmc_width
        log.note('Pretraining: %d steps, loss %.4g -> %.4g, %.1f s', pre.steps, losses[0], losses[-1],
                 fn.timings['pretrain'])
    return _started_state(fn, model, params, x, width, k_state, log), losses


def _started_state(fn, model, params, x, width, k_state, log) -> dict:
    """The VMC state from initial parameters and walkers, after burn-in."""
    system = fn.system
    state = {'params': params, 'opt_state': model.optimizer[0](params), 'x': x,
             'logp': jnp.zeros(fn.nwalkers, model.dtype), 'key': jax.random.key_data(k_state),
             'width': jnp.asarray(width, model.dtype), 'step': jnp.zeros((), jnp.int32),
             'atoms': jnp.asarray(system.atoms, model.dtype)}
    state = vmc.shard_state(state, model.mesh)
    state['logp'] = model.vmc.log_prob(state['params'], state['x'], state['atoms'])
    t0 = time.time()
    state = model.vmc.burn_in(state)
    log.debug('Burn-in: %d steps, %.1f s', fn.burn_in, time.time() - t0)
    return state


def warm_state(fn, model: Model, warm: dict) -> dict:
    """State from given parameters and walkers (a scanner's previous geometry): fresh optimiser
    state and step counter, then burn-in in the new geometry.

    Args:
        warm: {'params': pytree, 'x': (nwalkers, nstates * nelec * 3) walkers, bohr, 'width': float}.
    """
    params = jax.tree_util.tree_map(lambda a: jnp.asarray(a, model.dtype), warm['params'])
    x = jnp.asarray(warm['x'], model.dtype)
    shape = (fn.nwalkers, 3 * fn.system.nelec * model.nstates)
    if x.shape != shape:
        raise ValueError(f'warm_start walkers have shape {x.shape}; expected {shape} '
                         '(nwalkers, nstates * nelec * 3).')
    key = jax.random.fold_in(jax.random.PRNGKey(fn.seed), 1)
    state = {'params': params, 'opt_state': model.optimizer[0](params), 'x': x,
             'logp': jnp.zeros(fn.nwalkers, model.dtype), 'key': jax.random.key_data(key),
             'width': jnp.asarray(warm.get('width', fn.mcmc_width), model.dtype),
             'step': jnp.zeros((), jnp.int32), 'atoms': jnp.asarray(fn.system.atoms, model.dtype)}
    state = vmc.shard_state(state, model.mesh)
    state['logp'] = model.vmc.log_prob(state['params'], state['x'], state['atoms'])
    return model.vmc.burn_in(state)


def save_state(fn, state, e_hist, losses):
    state = vmc.to_host(state)                                # every process takes part in the gather
    if jax.process_index() != 0:                              # ... and one writes
        return
    checkpoint.save(fn.state_file, {
        'state': {k: v for k, v in state.items() if k != 'opt_state'},
        'opt_state': state['opt_state'],
        'e_hist': {f: np.asarray(e_hist[f]) for f in e_hist.dtype.names},
        'pretrain_loss': np.asarray(losses),
        'settings': dict({'nwalkers': fn.nwalkers, 'seed': fn.seed, 'precision': fn.precision,
                          'optimizer': fn.optimizer, 'nstates': int(fn.nstates)},
                         **ansatz_record(fn.ansatz_settings()), **molecule_record(fn.system)),
    })


def molecule_record(system) -> dict:
    """What a state file records of its molecule: electrons per spin, nuclear charges, and its
    effective core potentials (core electrons per nucleus and a digest of every ECP term; '' and
    zeros without)."""
    ncore = np.zeros(len(system.charges), int)
    if system.ecp is not None:
        ncore[np.asarray(system.ecp.atom)] = np.asarray(system.ecp.ncore)
    return {'nelec': [int(n) for n in system.nspins], 'charges': [float(c) for c in system.charges],
            'ecp_ncore': [int(n) for n in ncore],
            'ecp': '' if system.ecp is None else system.ecp.fingerprint()}


def check_saved_molecule(fn, saved: dict, path: str):
    """Raises ValueError when the state file `path` was written for another molecule (electrons per
    spin, nuclear charges or ECP; `saved` from `saved_settings`). Files that predate a record pass."""
    current = molecule_record(fn.system)
    for name, what in (('nelec', 'electrons (alpha, beta)'), ('charges', 'nuclear charges'),
                       ('ecp_ncore', 'ECP core electrons per nucleus')):
        if name in saved and (len(saved[name]) != len(current[name]) or
                              not np.allclose(saved[name], current[name])):
            raise ValueError(f'{path} was written for another molecule: {what} {list(saved[name])} '
                             f'there, {current[name]} here. Give this molecule its own chkfile, or '
                             'remove the file to start afresh.')
    if 'ecp' in saved and saved['ecp'] != current['ecp']:
        raise ValueError(f'{path} was written with other effective core potentials (mol.ecp) than this '
                         'molecule has: the same cores, other terms. Give this ECP its own chkfile, or '
                         'remove the file to start afresh.')


def check_chkfile_writable(chkfile):
    """Raises ValueError before any work when `chkfile`'s directory is missing or not writable (the
    results and the state file are written there, the first time after `chk_interval` seconds)."""
    if not chkfile:
        return
    directory = os.path.dirname(os.path.abspath(chkfile))
    if not os.path.isdir(directory):
        raise ValueError(f'chkfile = {chkfile!r}: the directory {directory!r} does not exist. Create '
                         'it, or set chkfile to a path in an existing directory (or None).')
    try:                          # the files are written through a temporary file in that directory
        fd, probe = tempfile.mkstemp(dir=directory, prefix='.ferminet_probe_')
        os.close(fd)
        os.remove(probe)
    except OSError as err:
        raise ValueError(f'chkfile = {chkfile!r}: cannot write in {directory!r} ({err.strerror}). '
                         'Choose a writable directory, or set chkfile = None.') from err


# The ansatz settings a state file records: with them, the file alone says which wavefunction its
# parameters belong to (scripts rebuild it from the file; a restart names a mismatch). 'ansatz' comes
# first, so that a file of the other kind is named by it rather than by one of its sizes.
ANSATZ_KEYS = ('ansatz', 'hidden_dims', 'attention_layers', 'heads', 'width', 'layer_norm',
               'determinants', 'full_det', 'envelope', 'jastrow', 'cusp')


def ansatz_record(settings) -> dict:
    """ANSATZ_KEYS' values, without the sizes of the body the ansatz does not use."""
    unused = {name for kind, names in BODY_SETTINGS.items() if kind != settings.ansatz for name in names}
    return {name: getattr(settings, name) for name in ANSATZ_KEYS if name not in unused}


def saved_settings(data: dict) -> dict:
    """The solver settings a state file was written with (`checkpoint.load` output)."""
    # The cusp form changes the function without changing any parameter's shape; files from before
    # the setting existed hold the reference form, files from before the Psiformer a FermiNet, and
    # files from before nstates one state.
    return dict({'cusp': 'learned', 'ansatz': 'ferminet', 'nstates': 1}, **data['settings'])


def check_saved_settings(fn, saved: dict, path: str, names):
    """Raises ValueError naming the first of `names` whose value in `saved` (`saved_settings`) differs
    from the solver's. Names a file does not record (files before the ansatz was recorded) are skipped."""
    current = dict(ansatz_record(fn.ansatz_settings()), nwalkers=fn.nwalkers, precision=fn.precision,
                   optimizer=fn.optimizer, nstates=int(fn.nstates))
    for name in names:
        if name in saved and saved[name] != current.get(name):
            raise ValueError(f'{path} was written with {name} = {saved[name]!r}, but the solver has '
                             f'{name} = {current.get(name)!r}: set it back, or remove the file to start afresh.')


def load_state(fn, model: Model, template: dict):
    # The molecule and settings first: a difference is named here, before arrays' shapes are compared.
    saved = saved_settings(checkpoint.load(fn.state_file, keys=('settings',)))
    check_saved_molecule(fn, saved, fn.state_file)
    check_saved_settings(fn, saved, fn.state_file,
                         ('nstates',) + ANSATZ_KEYS + ('nwalkers', 'precision', 'optimizer'))
    data = checkpoint.load(fn.state_file, templates={'opt_state': template['opt_state'],
                                                      'state': {k: v for k, v in template.items()
                                                                if k != 'opt_state'}})
    state = dict(data['state'], opt_state=data['opt_state'])
    state = jax.tree_util.tree_map(jnp.asarray, state)
    e_hist = vmc.collect([], model.objective.stat_fields)
    e_hist = np.concatenate([e_hist, _records(data['e_hist'], model.objective.stat_fields)]).view(
        np.recarray)
    return vmc.shard_state(state, model.mesh), e_hist, np.asarray(data['pretrain_loss'])


def _records(columns: dict, fields) -> np.recarray:
    """A record array with `fields` ((name, shape) pairs) from a dict of columns."""
    n = len(next(iter(columns.values())))
    out = np.recarray((n,), dtype=[(name, np.float64, shape) for name, shape in fields])
    for name, _ in fields:
        out[name] = columns[name]
    return out


def _template(fn, model):
    one = jax.eval_shape(lambda k: model.ansatz.init(k, model.dtype), jax.random.PRNGKey(0))
    params = one if model.nstates == 1 else [one] * model.nstates
    return {'params': params, 'opt_state': jax.eval_shape(model.optimizer[0], params),
            'x': jax.ShapeDtypeStruct((fn.nwalkers, 3 * fn.system.nelec * model.nstates), model.dtype),
            'logp': jax.ShapeDtypeStruct((fn.nwalkers,), model.dtype),
            'key': jax.ShapeDtypeStruct((2,), jnp.uint32),
            'width': jax.ShapeDtypeStruct((), model.dtype), 'step': jax.ShapeDtypeStruct((), jnp.int32),
            'atoms': jax.ShapeDtypeStruct(fn.system.atoms.shape, model.dtype)}


def _agreed(flag: bool) -> bool:
    """Process 0's decision, on every process (checkpoints gather arrays: all must join in)."""
    if jax.process_count() == 1:
        return flag
    from jax.experimental import multihost_utils
    return bool(multihost_utils.broadcast_one_to_all(np.asarray(flag)))


def run_iterations(fn, step_fn, state, ncycle, label, log, save=None, fields=None, seconds=None):
    """Calls the jitted step `ncycle` times; pulls stats to the host only at log points.

    fields: the stats kept per iteration (`Objective.stat_fields`).
    seconds: stop at the first log point after this much wall time (None: no limit)."""
    t_start = t_last_chk = time.time()
    pending, done = [], []
    bar = fn.progress_bar(ncycle, label)
    for i in range(ncycle):
        state, st = step_fn(state)
        pending.append(st)
        last = i == ncycle - 1
        if (i + 1) % fn.log_every == 0 or last:
            if not last and seconds is not None and _agreed(time.time() - t_start > seconds):
                last = True
                log.note('%s: max_time = %g s reached after %d iterations.', label, seconds, i + 1)
            rows = vmc.collect(pending, fields)
            done.append(rows)
            pending = []
            r = rows[-1]
            elapsed = time.time() - t_start
            log.info('%s %6d  E = %.6f  var = %.4f  acc = %.2f  width = %.3f  %.1f s', label,
                     int(state['step']) if label == 'train' else i + 1, r.energy, r.variance,
                     r.acceptance, r.width, elapsed)
            bar.set_postfix_str(f'E = {r.energy:.5f}', refresh=False)
            bar.update(len(rows))
            if not np.all(np.isfinite(rows.energy)):
                raise FloatingPointError(
                    f'Non-finite local energies at {label} iteration {i + 1}: the wavefunction diverged. '
                    'Lower lr or max_norm, or use precision="float64".')
            if save is not None and (_agreed(time.time() - t_last_chk > fn.chk_interval) or last):
                save(state, np.concatenate(done) if done else None)
                t_last_chk = time.time()
            if last:
                break
    bar.close()
    hist = np.concatenate(done).view(np.recarray) if done else vmc.collect([], fields)
    return state, hist


def convergence(e_hist: np.ndarray, conv_tol: float) -> bool:
    """Has the training energy levelled off? (See FermiNet.converged.)"""
    e = np.asarray(e_hist)
    if e.size < 20 or not np.all(np.isfinite(e)):
        return False
    w = max(e.size // 10, 2)
    last, before = e[-w:], e[-2 * w:-w]
    diff = abs(last.mean() - before.mean())
    sigma = np.hypot(stats.reblock(last).error, stats.reblock(before).error)
    return bool(diff < max(conv_tol, 3 * sigma))


def kernel(fn):
    log = logger.new_logger(fn)
    t_total = time.time()
    _set_precision(fn)
    model = Model(fn)
    vmc.check_walkers(fn.nwalkers, model.mesh, fn.energy_chunks)
    if model.dtype == jnp.float64 and not jax.config.jax_enable_x64:
        raise RuntimeError('float64 requested but JAX 64-bit mode could not be enabled.')

    fields = model.objective.stat_fields
    e_hist_old = vmc.collect([], fields)
    if fn.state_file and os.path.exists(fn.state_file):
        state, e_hist_old, losses = load_state(fn, model, _template(fn, model))
        atoms = jnp.asarray(fn.system.atoms, model.dtype)
        if not np.allclose(vmc.to_host(state['atoms']), atoms, atol=1e-6):
            log.warn('%s was written at another geometry; continuing at the current one.',
                     fn.state_file)
        state['atoms'] = vmc.shard_state({'atoms': atoms}, model.mesh)['atoms']
        log.note('Restarting from %s at iteration %d (pretraining skipped).', fn.state_file,
                 int(state['step']))
    elif getattr(fn, 'warm_start', None) is not None:
        state, losses = warm_state(fn, model, fn.warm_start), np.zeros(0)
        log.note('Warm start from given parameters and walkers (pretraining skipped).')
    else:
        state, losses = initial_state(fn, model, log)
    fn.pretrain_loss = losses

    def save(state, hist_new):
        if fn.state_file:
            hist = e_hist_old if hist_new is None else np.concatenate([e_hist_old, hist_new])
            save_state(fn, state, hist, losses)
            log.debug('state checkpoint written to %s', fn.state_file)

    todo = fn.max_cycle - int(state['step'])
    t0 = time.time()
    if todo > 0:
        state, hist = run_iterations(fn, model.vmc.train_step, state, todo, 'train', log, save, fields,
                                     seconds=fn.max_time)
    else:
        hist = vmc.collect([], fields)
        log.note('The checkpoint already holds %d iterations >= max_cycle = %d: evaluating only.',
                 int(state['step']), fn.max_cycle)
    fn.timings['train'] = time.time() - t0
    fn.e_hist = np.concatenate([e_hist_old, hist]).view(np.recarray)

    t0 = time.time()
    eval_state, fn.e_eval = run_iterations(fn, model.vmc.eval_step, dict(state), fn.eval_cycle, 'eval',
                                           log, fields=fields)
    fn.timings['eval'] = time.time() - t0
    fn.state = state if fn.eval_cycle == 0 else eval_state
    fn._model = model

    if model.nstates > 1:
        reblocked = excited.set_energies(fn, fn.e_eval)
    else:
        fn.e_tot, fn.e_err, reblocked = stats.energy_estimate(fn.e_eval.energy, fn.e_eval.variance,
                                                              fn.nwalkers)
    if not reblocked:
        log.warn('eval_cycle = %d is too short to reblock (< %d iterations): e_err is the spread of '
                 'the local energies over the walkers, without autocorrelation between iterations. '
                 'Use eval_cycle >= 100 for an autocorrelation-aware error.', fn.eval_cycle,
                 stats.MIN_POINTS)
    fn.e_corr = fn.e_tot - fn.e_scf if fn.e_scf is not None else None
    fn.converged = convergence(fn.e_hist.energy, fn.conv_tol) and bool(np.all(np.isfinite(fn.e_tot)))
    fn.timings['total'] = time.time() - t_total
    log.info('Timings: %s', ', '.join(f'{k} {v:.1f} s' for k, v in fn.timings.items()))
    if fn.chkfile and jax.process_index() == 0:
        dump_results(fn, fn.chkfile)
    fn._finalize()
    return fn.e_tot


def dump_results(fn, chkfile):
    """Results under the key 'ferminet' of a PySCF (HDF5) chkfile, written to a copy then renamed."""
    import shutil
    import tempfile
    results = {'e_tot': fn.e_tot, 'e_err': fn.e_err, 'e_corr': fn.e_corr, 'e_scf': fn.e_scf,
               'converged': fn.converged, 'nstates': int(fn.nstates)}
    if int(fn.nstates) > 1:
        results.update(e_exc=fn.e_exc, e_exc_err=fn.e_exc_err)
    if fn.e_hist is not None:
        results['e_hist'] = {f: np.asarray(fn.e_hist[f]) for f in fn.e_hist.dtype.names}
    for name in ('rdm1', 'rdm1_err', 'grad', 'grad_err'):
        value = getattr(fn, '_' + name, None)
        if value is not None:
            results[name] = value
    results = {k: v for k, v in results.items() if v is not None}
    directory = os.path.dirname(os.path.abspath(chkfile))
    fd, tmp = tempfile.mkstemp(dir=directory, prefix='.ferminet_chk_')
    os.close(fd)
    try:
        if os.path.exists(chkfile):
            shutil.copyfile(chkfile, tmp)
        else:
            os.remove(tmp)
        lib.chkfile.save(tmp, 'ferminet', results)
        lib.chkfile.save_mol(fn.mol, tmp)
        os.replace(tmp, chkfile)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
