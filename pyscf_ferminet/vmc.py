"""The jitted VMC iteration and evaluation step, with walkers sharded over all devices.

The state is a dict pytree:
    params      network parameters (replicated)
    opt_state   optimiser state (replicated)
    x           (nwalkers, nelec * 3) walkers, bohr (sharded over devices along walkers)
    logp        (nwalkers,) log|psi|^2 of the walkers (sharded)
    key         PRNG key (uint32 key data)
    width       MCMC move width, bohr
    step        completed optimisation iterations
    atoms       (natm, 3) nuclear positions, bohr (an argument, not a constant: scanners and force
                estimators move the nuclei without recompiling)
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


def device_mesh() -> Mesh:
    """A one-axis mesh over every device JAX sees (all hosts after `jax.distributed.initialize`)."""
    return Mesh(np.asarray(jax.devices()), ('walkers',))


def check_walkers(nwalkers: int, mesh: Mesh) -> None:
    ndev = mesh.devices.size
    if nwalkers < 1 or nwalkers % ndev:
        raise ValueError(f'nwalkers = {nwalkers} does not split evenly over the {ndev} devices; '
                         f'use a multiple of {ndev} (e.g. {max(ndev, (nwalkers // ndev) * ndev or ndev)}).')


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


def make_vmc(log_psi: Callable, local_energy: Callable, optimizer, sampler: SamplerSettings):
    """Builds the jitted VMC functions.

    Args:
        log_psi: (params, x (nelec * 3,), atoms) -> (sign, log|psi|).
        local_energy: (params, x, atoms, key=None) -> E_L. When it has `needs_key` set (an ECP's
            random quadrature rotations), every walker gets a fresh PRNG key each step.
        optimizer: (init, update) from `optimize.make_optimizer`.
        sampler: MCMC settings.
    """
    _, opt_update = optimizer

    def log_prob(params, x, atoms):
        return 2.0 * jax.vmap(lambda xi: log_psi(params, xi, atoms)[1])(x)

    e_loc_walkers = jax.vmap(local_energy, in_axes=(None, 0, None, 0))
    needs_key = getattr(local_energy, 'needs_key', False)

    def e_loc_batch(state):
        """(state, with a new key if one was used, local energies (nwalkers,))."""
        if not needs_key:
            return state, jax.vmap(local_energy, in_axes=(None, 0, None))(
                state['params'], state['x'], state['atoms'])
        key, sub = jax.random.split(jax.random.wrap_key_data(state['key']))
        keys = jax.random.split(sub, state['x'].shape[0])
        e_loc = e_loc_walkers(state['params'], state['x'], state['atoms'], keys)
        return dict(state, key=jax.random.key_data(key)), e_loc

    def sample(state, nsteps):
        key, sub = jax.random.split(jax.random.wrap_key_data(state['key']))
        lp = lambda p, y: log_prob(p, y, state['atoms'])
        if sampler.moves == 'scaled':
            x, logp, acc = mcmc.scaled_mcmc_steps(lp, state['params'], state['x'], state['logp'], sub,
                                                  state['width'], state['atoms'], nsteps)
        else:
            x, logp, acc = mcmc.mcmc_steps(lp, state['params'], state['x'], state['logp'], sub,
                                           state['width'], nsteps)
        width = mcmc.adapt_width(state['width'], acc, sampler.target_acceptance)
        return dict(state, x=x, logp=logp, key=jax.random.key_data(key), width=width), acc

    def stats(state, e_loc, acc):
        return {'energy': jnp.mean(e_loc), 'variance': jnp.var(e_loc), 'acceptance': acc,
                'width': state['width']}

    def train_step(state):
        # One iteration, top to bottom: sample, local energies, natural-gradient update, statistics.
        state, acc = sample(state, sampler.steps)
        state, e_loc = e_loc_batch(state)
        params, opt_state, info = opt_update(state['params'], state['opt_state'], state['x'],
                                             state['atoms'], e_loc, state['step'])
        logp = log_prob(params, state['x'], state['atoms'])   # under the new parameters
        new = dict(state, params=params, opt_state=opt_state, logp=logp, step=state['step'] + 1)
        return new, dict(stats(state, e_loc, acc), **info)

    def eval_step(state):
        state, acc = sample(state, sampler.steps)
        state, e_loc = e_loc_batch(state)
        return state, stats(state, e_loc, acc)

    def burn_in(state):
        # Chunks of `sampler.steps` moves, the width adapting after each.
        nchunk = max(sampler.burn_in // sampler.steps, 1)
        return jax.lax.fori_loop(0, nchunk, lambda i, s: sample(s, sampler.steps)[0], state)

    return VMCFunctions(burn_in=jax.jit(burn_in), train_step=jax.jit(train_step, donate_argnums=0),
                        eval_step=jax.jit(eval_step, donate_argnums=0), log_prob=jax.jit(log_prob))


def collect(stats_list: list[dict]) -> np.recarray:
    """Per-iteration device stats -> host record array (one transfer)."""
    if not stats_list:
        return np.rec.fromarrays([np.zeros(0)] * len(STAT_FIELDS), names=STAT_FIELDS)
    host = to_host(stats_list)
    return np.rec.fromarrays([np.asarray([s[f] for s in host], dtype=np.float64) for f in STAT_FIELDS],
                             names=STAT_FIELDS)
