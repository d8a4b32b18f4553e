"""Does a trained wavefunction of a linear molecule lose energy by breaking its point-group symmetry?

    python benchmarks/bench_symmetry.py run.chk.state [system=LiH] [niter=300] [seed=0] \
        [network=small] [other ansatz settings of the run, name=value]

The FermiNet ansatz is not symmetric under the molecule's point group, so an optimised state can break
the symmetry of the ground state (Sigma+ for LiH, H2, Li2, N2 with the nuclei on the z axis). Its
projection onto the symmetric states, psi_P(x) = sum_g psi(g x) over the eight operations of C4v
about z (a subgroup of C_inf_v: reflections through the xz and yz planes, the diagonal planes, and
rotations by multiples of 90 degrees), has an energy E_P <= E when the symmetry is the ground state's.
With frozen parameters, walkers sample |psi|^2 (uniform Metropolis moves, 10 steps per iteration, 50
iterations of burn-in); on the same samples E_L of psi and of psi_P are computed, and

    E_P = sum w E_L[psi_P] / sum w,   w = (psi_P / psi)^2.

Printed: E - exact, E_P - E per iteration, reblocked (correlated sampling: its error is far below
either energy's), the spread of the weights, and the mean of psi(g x) / psi(x) for each operation
(1 for a symmetric psi). A Sigma- state (O2's ground state) is odd under the reflections: there the
projection removes the state, and the script is not meant for it.
"""

import sys

import jax
import jax.numpy as jnp
import numpy as np

from pyscf_ferminet import hamiltonian, mcmc, stats

import reference  # benchmarks/reference.py, beside this script


def c4v_about_z() -> np.ndarray:
    """The eight 3x3 matrices of C4v with the principal axis along z."""
    ops = []
    for sx in (1.0, -1.0):
        for sy in (1.0, -1.0):
            for swap in (False, True):
                m = np.diag([sx, sy, 1.0])
                ops.append(m[[1, 0, 2]] if swap else m)
    return np.array(ops)


def main():
    path, entry, fn, model, saved, opts = reference.trained_state(sys.argv[1:], __doc__, niter=300, seed=0)
    system, niter, seed = entry['name'], opts['niter'], opts['seed']
    atoms_np = np.asarray(fn.system.atoms)
    if not np.allclose(atoms_np[:, :2], 0.0):
        raise SystemExit(f'{system}: the nuclei must lie on the z axis (geometry {atoms_np.tolist()}).')
    dtype = model.dtype
    params = jax.tree_util.tree_map(jnp.asarray, saved['state']['params'])
    atoms = jnp.asarray(atoms_np, dtype)
    ops = jnp.asarray(c4v_about_z(), dtype)
    log_psi = model.ansatz.log_psi

    def images(x):                                   # (8, nelec * 3): g x for every operation g
        r = x.reshape(-1, 3)
        return jnp.einsum('gab,nb->gna', ops, r).reshape(len(ops), -1)

    def image_logs(p, x, at):                        # sign and log|psi| at every image, (8,) each
        return jax.vmap(lambda y: log_psi(p, y, at))(images(x))

    def projected(sign, log_abs):                    # sign and log|sum_g psi(g x)|
        shift = jax.lax.stop_gradient(jnp.max(log_abs))
        total = jnp.sum(sign * jnp.exp(log_abs - shift))
        return jnp.sign(total), jnp.log(jnp.abs(total)) + shift

    log_psi_projected = lambda p, x, at: projected(*image_logs(p, x, at))
    e_loc = jax.vmap(lambda x: model.local_energy(params, x, atoms))
    e_loc_p = jax.vmap(hamiltonian.make_local_energy(log_psi_projected, fn.system.charges, model.laplacian),
                       in_axes=(None, 0, None))
    log_prob = lambda p, x: model.vmc.log_prob(p, x, atoms)

    @jax.jit
    def step(x, logp, key, width):
        x, logp, acc = mcmc.mcmc_steps(log_prob, params, x, logp, key, width, 10)
        sign, log_abs = jax.vmap(lambda xi: image_logs(params, xi, atoms))(x)      # (nwalkers, 8)
        log_w = 2 * jax.vmap(projected)(sign, log_abs)[1] - logp
        ratio = sign * sign[:, :1] * jnp.exp(log_abs - log_abs[:, :1])           # psi(g x) / psi(x)
        return (x, logp, mcmc.adapt_width(width, acc, 0.5), e_loc(x), e_loc_p(params, x, atoms), log_w,
                jnp.mean(ratio, axis=0))

    x = jnp.asarray(saved['state']['x'])
    width = jnp.asarray(0.2, dtype)
    logp, key = log_prob(params, x), jax.random.PRNGKey(seed)
    rows = []
    for i in range(niter + 50):
        key, sub = jax.random.split(key)
        x, logp, width, e, e_p, log_w, ratio = step(x, logp, sub, width)
        if i >= 50:
            rows.append([np.asarray(a, np.float64) for a in (e, e_p, log_w, ratio)])
    e, e_p, log_w, ratio = (np.array(col) for col in zip(*rows))
    w = np.exp(log_w - log_w.max())
    w /= w.mean()
    diff = (w * e_p).sum(axis=1) / w.sum(axis=1) - e.mean(axis=1)
    r_e, r_d = stats.reblock(e.mean(axis=1)), stats.reblock(diff)
    print(f'{system}, {path}: {e.size} samples; E - exact {1e3 * (r_e.mean - entry["exact"]):+.3f} +- '
          f'{1e3 * r_e.error:.3f} mHa; E_P - E {1e3 * r_d.mean:+.3f} +- {1e3 * r_d.error:.3f} mHa')
    print(f'  weights (psi_P / psi)^2 / mean: std {w.std():.4f}, min {w.min():.3f}, max {w.max():.3f}')
    print('  <psi(g x) / psi(x)> per operation: ' + ' '.join(f'{v:.5f}' for v in ratio.mean(axis=0)))


if __name__ == '__main__':
    main()
