"""The jitted VMC iteration and evaluation step, with walkers sharded over all devices.

The state is a dict pytree:
    params      network parameters (replicated)
    opt_state   optimiser state (replicated)
    x           (nwalkers, nstates * nelec * 3) walkers, bohr (sharded over devices along walkers): a
                walker holds one configuration per state
    logp        (nwalkers,) log|Psi|^2 of the walkers (sharded)
    key         PRNG key (uint32 key data)
    width       MCMC move width, bohr
    step        completed optimisation iterations
    atoms       (natm, 3) nuclear positions, bohr (an argument, not a constant: scanners and force
                estimators move the nuclei without recompiling)

What an iteration samples, measures and minimises is an `Objective`: the ground state samples
|psi|^2 and minimises the mean local energy; k states (`states.make_states_objective`) sample
|det[psi_i(x^j)]|^2 and minimise the trace of the local-energy matrix. The loop is the same.
"""

from __future__ import annotations

import dataclasses
from typing import Callable

import jax
import jax.numpy as jnp
import numpy as np
from jax.sharding import Mesh, NamedSharding, PartitionSpec

from pyscf_ferminet import mcmc
from pyscf_ferminet.settings import SamplerSettings

STAT_FIELDS = ('energy', 'variance', 'acceptance', 'width')


@dataclasses.dataclass(frozen=True)
class Objective:
    """What one VMC iteration samples, measures and minimises.

    Attributes:
        nstates: states in the run (1 for the ground state).
        log_abs: (params, walker (nstates * nelec * 3,), atoms) -> log|Psi|: walkers are drawn from
            |Psi|^2, and the optimiser's gradient is that of log|Psi|.
        optimizer_log_abs: the same function written so that the optimiser's taps see every use of
            a dense layer (no vmap over the configurations of a walker).
        local: (params, walker, atoms, key) -> the walker's local quantity: E_L (scalar, hartree) or
            the (nstates, nstates) local-energy matrix. `key` is a PRNG key (random quadratures).
        reduce: local quantities of all walkers -> (nwalkers,) local loss whose clipped, centred
            value weighs d log|Psi| in the gradient (E_L itself, or the trace of the matrix).
        stats: local quantities of all walkers -> dict of iteration statistics, 'energy' and
            'variance' (of the reduced loss) first.
        stat_fields: (name, shape) of every statistic stored per iteration: the scalar `STAT_FIELDS`
            and, for several states, ('energy_matrix', (nstates, nstates)).
        batch_local: optional (params, x (walkers of one device, ...), atoms, keys) -> a term added
            to the local quantity of each walker, computed over a device's walkers together (the
            non-local ECP energy, which evaluates only the electron-atom pairs within its cutoff).
    """
    nstates: int
    log_abs: Callable
    optimizer_log_abs: Callable
    local: Callable
    reduce: Callable
    stats: Callable
    stat_fields: tuple
    batch_local: Callable | None = None


def ground_state_objective(log_psi: Callable, local_energy: Callable,
                           batch_energy: Callable | None = None) -> Objective:
    """Sample |psi|^2, minimise <E_L>.

    Args:
        log_psi: (params, x (nelec * 3,), atoms) -> (sign, log|psi|).
        local_energy: (params, x, atoms, key) -> E_L, hartree (less `batch_energy`, when given).
        batch_energy: optional (params, x (nwalkers, nelec * 3), atoms, keys) -> (nwalkers,) part of
            E_L computed over the walkers together (`Objective.batch_local`).
    """
    def stats(e_loc):
        return {'energy': jnp.mean(e_loc), 'variance': jnp.var(e_loc)}
    log_abs = lambda p, x, atoms: log_psi(p, x, atoms)[1]
    return Objective(nstates=1, log_abs=log_abs, optimizer_log_abs=log_abs, local=local_energy,
                     reduce=lambda e_loc: e_loc, stats=stats,
                     stat_fields=tuple((f, ()) for f in STAT_FIELDS), batch_local=batch_energy)


def device_mesh() -> Mesh:
    """A one-axis mesh over every device JAX sees (all hosts after `jax.distributed.initialize`)."""
    return Mesh(np.asarray(jax.devices()), ('walkers',))


def check_walkers(nwalkers: int, mesh: Mesh, energy_chunks: int = 1) -> None:
    """Raises ValueError unless the walkers split evenly over the devices, and each device's share
    into `energy_chunks` chunks (`chunked_map`)."""
    ndev = mesh.devices.size
    if nwalkers < 1 or nwalkers % ndev:
        raise ValueError(f'nwalkers = {nwalkers} does not split evenly over the {ndev} devices; '
                         f'use a multiple of {ndev} (e.g. {max(ndev, (nwalkers // ndev) * ndev or ndev)}).')
    if nwalkers % (energy_chunks * ndev):
        raise ValueError(f'nwalkers = {nwalkers} does not split into energy_chunks = {energy_chunks} '
                         f'chunks over {ndev} device(s): use a divisor of nwalkers / {ndev} for '
                         'energy_chunks.')


def place(a, sharding: NamedSharding):
    """A global array with the given sharding, from host data or an array of this process.

    Every process passes the same full value (walkers and parameters come from the same seed), and
    each contributes the slices its devices hold, so this works across hosts after
    `jax.distributed.initialize` as well as on one.
    """
    if isinstance(a, jax.Array) and not a.is_fully_addressable:
        if a.sharding.is_equivalent_to(sharding, a.ndim):
            return a
        return jax.jit(lambda y: y, out_shardings=sharding)(a)
    host = np.asarray(a)
    return jax.make_array_from_callback(host.shape, sharding, lambda index: host[index])


def to_host(tree):
    """The full values of a pytree of (possibly multi-host) arrays on this host, as numpy arrays.

    One batched device_get on a single process; across processes an all-gather per array (a
    collective: every process must call it).
    """
    if jax.process_count() == 1:
        return jax.tree_util.tree_map(np.asarray, jax.device_get(tree))
    from jax.experimental import multihost_utils

    def gather(a):
        if isinstance(a, jax.Array) and not a.is_fully_addressable:
            return np.asarray(multihost_utils.process_allgather(a, tiled=True))
        return np.asarray(a)
    return jax.tree_util.tree_map(gather, tree)


def shard_state(state: dict, mesh: Mesh) -> dict:
    """Places walker arrays along the mesh and replicates everything else."""
    walkers = NamedSharding(mesh, PartitionSpec('walkers'))
    replicated = NamedSharding(mesh, PartitionSpec())
    out = {}
    for name, value in state.items():
        sharding = walkers if name in ('x', 'logp') else replicated
        out[name] = jax.tree_util.tree_map(lambda a, s=sharding: place(a, s), value)
    return out


@dataclasses.dataclass(frozen=True)
class VMCFunctions:
    """Jitted steps. Each takes and returns the state; steps also return a dict of scalar stats."""
    burn_in: Callable
    train_step: Callable
    eval_step: Callable
    log_prob: Callable


def chunked_map(f, args: tuple, nchunks: int):
    """vmap of f over the leading (walker) axis of every array in `args`, evaluated in `nchunks`
    sequential chunks (peak memory of one chunk; nchunks = 1 is a plain vmap).

    Chunk c holds walkers c, c + nchunks, c + 2 nchunks, ...: a reshape (n / nchunks, nchunks) keeps the
    walker axis sharded over devices, so every chunk is spread over all of them.
    """
    if nchunks == 1:
        return jax.vmap(f)(*args)
    n = args[0].shape[0]
    split = [a.reshape((n // nchunks, nchunks) + a.shape[1:]).swapaxes(0, 1) for a in args]
    out = jax.lax.map(lambda chunk: jax.vmap(f)(*chunk), tuple(split))
    return jax.tree_util.tree_map(lambda o: o.swapaxes(0, 1).reshape((n,) + o.shape[2:]), out)


def make_vmc(objective: Objective, optimizer, sampler: SamplerSettings, energy_chunks: int = 1,
             mesh: Mesh | None = None):
    """Builds the jitted VMC functions.

    Args:
        objective: what is sampled, measured and minimised (`ground_state_objective`, or
            `states.make_states_objective` for several states).
        optimizer: (init, update) from `optimize.make_optimizer` over `objective.log_abs`.
        sampler: MCMC settings.
        energy_chunks: the walkers' local quantities are computed in this many sequential chunks
            (`chunked_map`): less memory, the same numbers.
        mesh: the walkers' device mesh; `objective.batch_local` runs on each device's walkers
            (`jax.shard_map`). Default: `device_mesh()`.
    """
    _, opt_update = optimizer
    batch_local = None
    if objective.batch_local is not None:
        walkers, replicated = PartitionSpec('walkers'), PartitionSpec()
        batch_local = jax.shard_map(objective.batch_local, mesh=mesh or device_mesh(),
                                    in_specs=(replicated, walkers, replicated, walkers),
                                    out_specs=walkers)

    def log_prob(params, x, atoms):
        return 2.0 * jax.vmap(lambda xi: objective.log_abs(params, xi, atoms))(x)

    def local_batch(params, x, atoms, key):
        keys = jax.random.split(key, x.shape[0])              # one per walker
        local = chunked_map(lambda xi, ki: objective.local(params, xi, atoms, ki), (x, keys),
                            energy_chunks)
        if batch_local is not None:
            local = local + batch_local(params, x, atoms, keys)
        return local

    def sample(state, nsteps):
        """nsteps moves; also returns a key for the local quantities of the new walkers."""
        key, sub = jax.random.split(jax.random.wrap_key_data(state['key']))
        lp = lambda p, y: log_prob(p, y, state['atoms'])
        if sampler.moves == 'scaled':
            x, logp, acc = mcmc.scaled_mcmc_steps(lp, state['params'], state['x'], state['logp'], sub,
                                                  state['width'], state['atoms'], nsteps)
        else:
            x, logp, acc = mcmc.mcmc_steps(lp, state['params'], state['x'], state['logp'], sub,
                                           state['width'], nsteps)
        width = mcmc.adapt_width(state['width'], acc, sampler.target_acceptance)
        new = dict(state, x=x, logp=logp, key=jax.random.key_data(key), width=width)
        return new, acc, jax.random.fold_in(sub, 1)

    def stats(state, local, acc):
        return dict(objective.stats(local), acceptance=acc, width=state['width'])

    def train_step(state):
        # One iteration, top to bottom: sample, local quantities, natural-gradient update, statistics.
        state, acc, key = sample(state, sampler.steps)
        local = local_batch(state['params'], state['x'], state['atoms'], key)
        params, opt_state, info = opt_update(state['params'], state['opt_state'], state['x'],
                                             state['atoms'], objective.reduce(local), state['step'])
        logp = log_prob(params, state['x'], state['atoms'])   # under the new parameters
        new = dict(state, params=params, opt_state=opt_state, logp=logp, step=state['step'] + 1)
        return new, dict(stats(state, local, acc), **info)

    def eval_step(state):
        state, acc, key = sample(state, sampler.steps)
        local = local_batch(state['params'], state['x'], state['atoms'], key)
        return state, stats(state, local, acc)

    def burn_in(state):
        # Chunks of `sampler.steps` moves, the width adapting after each.
        nchunk = max(sampler.burn_in // sampler.steps, 1)
        return jax.lax.fori_loop(0, nchunk, lambda i, s: sample(s, sampler.steps)[0], state)

    return VMCFunctions(burn_in=jax.jit(burn_in), train_step=jax.jit(train_step, donate_argnums=0),
                        eval_step=jax.jit(eval_step, donate_argnums=0), log_prob=jax.jit(log_prob))


def collect(stats_list: list[dict], fields=None) -> np.recarray:
    """Per-iteration device stats -> host record array (one transfer).

    Args:
        fields: (name, shape) pairs (`Objective.stat_fields`); default the scalar STAT_FIELDS.
    """
    fields = tuple((f, ()) for f in STAT_FIELDS) if fields is None else tuple(fields)
    dtype = [(name, np.float64, shape) for name, shape in fields]
    if not stats_list:
        return np.recarray((0,), dtype=dtype)
    host = to_host(stats_list)
    out = np.recarray((len(host),), dtype=dtype)
    for name, _ in fields:
        out[name] = np.asarray([s[name] for s in host], dtype=np.float64)
    return out


def hist_fields(hist: np.ndarray) -> tuple:
    """The (name, shape) fields of a record array from `collect`."""
    return tuple((name, hist.dtype[name].shape) for name in hist.dtype.names)
