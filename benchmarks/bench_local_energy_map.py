"""Where a trained wavefunction's energy error lives: the local energy mapped over configuration space.

    python benchmarks/bench_local_energy_map.py run.chk.state [system=LiH] [niter=2000] [seed=0] \
        [network=small] [save=samples.npz] [other ansatz settings of the run, name=value]

The argument is a training-state file (`chkfile + '.state'`) of a run of one system (a key of
../shared/reference_energies.json, default LiH). The cusp form and precision are read from the file;
give the network shape (default 'small') and any other non-default ansatz setting of the run. With the
parameters frozen, walkers are sampled from |psi|^2 (256 walkers from the file, 10 Metropolis steps per
iteration, 100 iterations of burn-in) and every local energy is kept with its configuration. For the
exact wavefunction E_L is the exact energy everywhere, so E_L - E_exact, averaged over a region, shows
which configurations the wavefunction gets wrong. Printed:

- the tails: the mean with E_L clipped at k mean absolute deviations from the median, how much of the
  mean and of the variance the clipped samples carry (the optimiser's gradient sees only the clipped
  values, `clip_width` = 5 by default);
- per nucleus: <E_L - E_exact> binned by the distance of the nearest and of the second-nearest
  electron, with each bin's share of the mean ("contribution", summing to the total error);
- the same binned by the shortest distance between electrons of opposite spin.

With save=, the local energies, walkers (bohr), spin counts and nuclei go to an .npz file for other
cuts of the same samples.

Errors assume an autocorrelation time of 5 iterations (a rough value for 10 steps per iteration).
"""

import sys

import jax
import jax.numpy as jnp
import numpy as np

from pyscf_ferminet import mcmc

import reference  # benchmarks/reference.py, beside this script

TAU = 5.0


def sample(model, state, atoms, niter, seed):
    """Local energies (niter * nwalkers,) and walkers (niter * nwalkers, nelec, 3) under frozen parameters."""
    params = jax.tree_util.tree_map(jnp.asarray, state['params'])
    log_prob = lambda p, x: model.vmc.log_prob(p, x, atoms)
    e_loc = jax.vmap(lambda xi: model.local_energy(params, xi, atoms))

    @jax.jit
    def step(x, logp, key, width):
        x, logp, acc = mcmc.mcmc_steps(log_prob, params, x, logp, key, width, 10)
        return x, logp, mcmc.adapt_width(width, acc, 0.5), e_loc(x)

    x, width = jnp.asarray(state['x']), jnp.asarray(0.2, state['x'].dtype)
    logp, key = log_prob(params, x), jax.random.PRNGKey(seed)
    energies, walkers = [], []
    for i in range(niter + 100):                          # the first 100 iterations are burn-in
        key, sub = jax.random.split(key)
        x, logp, width, el = step(x, logp, sub, width)
        if i >= 100:
            energies.append(np.asarray(el, np.float64))
            walkers.append(np.asarray(x, np.float64))
    n = len(energies[0])
    return np.concatenate(energies), np.concatenate(walkers).reshape(niter * n, -1, 3)


def binned(label, values, edges, err):
    """Rows of <E_L - exact> per bin of `values`, with each bin's contribution to the mean (mHa)."""
    print(f'  {label}')
    print(f'    {"bin (bohr)":>14} {"fraction":>9} {"<E_L - exact> (mHa)":>22} {"contribution (mHa)":>20}')
    idx = np.digitize(values, edges)
    bounds = [0.0] + list(edges) + [np.inf]
    for b in range(len(edges) + 1):
        m = idx == b
        if m.sum() < 100:
            continue
        e = err[m]
        sem = e.std() * np.sqrt(TAU / m.sum())
        print(f'    {bounds[b]:5.2f} - {bounds[b + 1]:<6.2f} {m.mean():9.4f} '
              f'{1e3 * e.mean():+13.2f} +- {1e3 * sem:5.2f} '
              f'{1e3 * e.sum() / err.size:+11.3f} +- {1e3 * sem * m.sum() / err.size:5.3f}')


def main():
    path, entry, fn, model, saved, opts = reference.trained_state(sys.argv[1:], __doc__, niter=2000, seed=0,
                                                                  save=None)
    system, niter, seed, save = entry['name'], opts['niter'], opts['seed'], opts['save']
    state = saved['state']
    atoms = np.asarray(fn.system.atoms)
    e, r = sample(model, state, jnp.asarray(atoms, model.dtype), niter, seed)
    err = e - entry['exact']
    if save:
        np.savez(str(save), e_loc=e, walkers=r, nspins=np.asarray(fn.system.nspins), atoms=atoms,
                 charges=np.asarray(fn.system.charges), exact=entry['exact'])
    med = np.median(e)
    mad = np.mean(np.abs(e - med))
    print(f'{system}, {path}: {e.size} local energies; mean - exact {1e3 * err.mean():+.3f} +- '
          f'{1e3 * e.std() * np.sqrt(TAU / e.size):.3f} mHa, median - exact {1e3 * (med - entry["exact"]):+.3f} mHa, '
          f'variance {e.var():.5f} Ha^2, mean absolute deviation {mad:.4f} Ha')
    print('  tails: k, mean of E_L clipped at median +- k MAD - exact, shift of the mean by the clipped part, '
          'fraction clipped, their share of the variance')
    for k in (3, 5, 10, 20, 50):
        clipped = np.clip(e, med - k * mad, med + k * mad)
        out = clipped != e
        share = np.sum((e[out] - e.mean()) ** 2) / np.sum((e - e.mean()) ** 2)
        print(f'    {k:3d} {1e3 * (clipped.mean() - entry["exact"]):+9.3f} mHa '
              f'{1e3 * (e.mean() - clipped.mean()):+8.3f} mHa '
              f'{out.mean():9.5f} {share:6.2f}')
    charges = np.asarray(fn.system.charges)
    nup = fn.system.nspins[0]
    for i, z in enumerate(charges):
        dist = np.sort(np.linalg.norm(r - atoms[i], axis=-1), axis=1)
        scale = 1.0 / z
        edges = scale * np.array([0.15, 0.3, 0.6, 1.0, 1.5, 2.5, 4.0])
        print(f'nucleus {i} (Z = {z:g}):')
        binned('nearest electron', dist[:, 0], edges, err)
        if dist.shape[1] > 1:
            binned('second-nearest electron', dist[:, 1], edges, err)
    if 0 < nup < r.shape[1]:
        ree = np.linalg.norm(r[:, :nup, None] - r[:, None, nup:], axis=-1).reshape(len(r), -1).min(axis=1)
        print('electrons of opposite spin:')
        binned('shortest distance', ree, np.array([0.1, 0.2, 0.4, 0.7, 1.0, 1.5, 2.5]), err)


if __name__ == '__main__':
    main()
