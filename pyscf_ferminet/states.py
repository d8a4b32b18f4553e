"""Several states at once: the natural-excited-states objective (Pfau, Axelrod, Sutterud, von Glehn and
Spencer, Science 385, eadn0137 (2024)).

k states psi_1..psi_k of one ansatz (k parameter trees, a list) form the wavefunction of k copies of the
system, Psi(x^1..x^k) = det M with M[j, i] = psi_i(x^j): rows are configurations, columns states. Its
ground state is spanned by the k lowest states of one copy. A walker holds the k configurations,
(k * nelec * 3,) bohr, and is drawn from |det M|^2. Per walker the local-energy matrix

    E_L = M^-1 (H M),   (H M)[j, i] = (H psi_i)(x^j) = psi_i(x^j) e_ij,   e_ij = E_L of psi_i at x^j,

is a k x k matrix in the states' basis: mixing the states by an invertible A (M -> M A) changes it to
A^-1 E_L A, and for exact eigenstates it is diag(E) at every walker. Its walker average estimates
S^-1 H (S, H the states' overlap and Hamiltonian matrices), whose eigenvalues are the energies. The
loss is its trace, minimised with the usual gradient 2 <(tr E_L - <tr E_L>) d log|det M|>.

A multiplicative or local operator O is estimated the same way: O_L = M^-1 (O M) with
(O M)[j, i] = psi_i(x^j) o_ij, averaged over walkers and rotated into the eigenbasis of the energy
matrix (`rotate`).

Host-side (numpy): `eigen_energies` diagonalises the averaged matrices and gives every energy and
excitation energy a reblocked error.
"""

from __future__ import annotations

import dataclasses
from typing import Callable

import jax
import jax.numpy as jnp
import numpy as np

from pyscf_ferminet import stats
from pyscf_ferminet.vmc import STAT_FIELDS, Objective


def stack_states(params: list):
    """k parameter trees of the same shapes -> one tree with a leading state axis (for vmap)."""
    return jax.tree_util.tree_map(lambda *a: jnp.stack(a), *params)


def log_amplitudes(log_psi: Callable, params: list, walker, atoms):
    """sign[i, j], log|psi_i(x^j)| for every state i and configuration j of one walker, each (k, k)."""
    k = len(params)
    x = walker.reshape(k, -1)
    return jax.vmap(lambda p: jax.vmap(lambda xj: log_psi(p, xj, atoms))(x))(stack_states(params))


def log_amplitudes_unbatched(log_psi: Callable, params: list, walker, atoms):
    """`log_amplitudes` evaluated state by state and configuration by configuration, without vmap:
    the optimiser's taps (taps.py) record every use of a dense layer, which a vmap would hide."""
    k = len(params)
    x = walker.reshape(k, -1)
    out = [[log_psi(params[i], x[j], atoms) for j in range(k)] for i in range(k)]
    sign = jnp.stack([jnp.stack([o[0] for o in row]) for row in out])
    logabs = jnp.stack([jnp.stack([o[1] for o in row]) for row in out])
    return sign, logabs


def scaled_matrix(sign, logabs):
    """M with each configuration's row divided by its largest |psi_i(x^j)|: (M', log scale (k,)).

    M = diag(exp(scale)) M', so log|det M| = sum(scale) + log|det M'|, and M^-1 (O M) = M'^-1 (O M')
    for any (O M)[j, i] = M[j, i] o_ij. The scale is held fixed under differentiation (the result
    does not depend on it).
    """
    scale = jax.lax.stop_gradient(jnp.max(logabs, axis=0))            # (k,) per configuration j
    return (sign * jnp.exp(logabs - scale[None, :])).T, scale


def log_abs_det(sign, logabs):
    """log|det M| from the (k, k) signs and logs of psi_i(x^j)."""
    m, scale = scaled_matrix(sign, logabs)
    return jnp.sum(scale) + jnp.linalg.slogdet(m)[1]


def local_matrix(sign, logabs, values):
    """M^-1 (O M), (k, k), for local values values[i, j] = (O psi_i)(x^j) / psi_i(x^j).

    `values` may carry leading axes (e.g. (3, k, k) for the three dipole components). A state whose
    amplitude at a configuration is below machine epsilon of that configuration's largest contributes
    nothing there: its local value (a local energy where psi_i underflows) may be non-finite."""
    m, _ = scaled_matrix(sign, logabs)
    negligible = jnp.abs(m) < jnp.finfo(m.dtype).eps
    om = jnp.where(negligible, 0.0, m * jnp.swapaxes(values, -1, -2))
    return jnp.linalg.solve(m, om)


def make_states_objective(log_psi: Callable, local_energy: Callable, nstates: int,
                          penalty: Callable | None = None) -> Objective:
    """The k-state objective for `vmc.make_vmc`.

    Args:
        log_psi: (params, x (nelec * 3,), atoms) -> (sign, log|psi|) of one state.
        local_energy: (params, x, atoms, key) -> E_L of one state at one configuration, hartree.
        nstates: k.
        penalty: optional (params, x, atoms) -> (k, k) local matrix added to E_L during the optimisation
            only (a spin penalty); its average is reported apart, never in the energies.

    Returns:
        An `Objective` whose local quantity is the (k, k) local-energy matrix (with the penalty, when
        given), reduced by its trace; its statistics add the walker-averaged 'energy_matrix'.
    """
    k = int(nstates)

    def log_abs(params, walker, atoms):
        return log_abs_det(*log_amplitudes(log_psi, params, walker, atoms))

    def log_abs_unbatched(params, walker, atoms):
        return log_abs_det(*log_amplitudes_unbatched(log_psi, params, walker, atoms))

    def local(params, walker, atoms, key):
        x = walker.reshape(k, -1)
        keys = jax.random.split(key, k)                     # one per configuration
        sign, logabs = log_amplitudes(log_psi, params, walker, atoms)
        e = jax.vmap(lambda p: jax.vmap(lambda xj, kj: local_energy(p, xj, atoms, kj))(x, keys))(
            stack_states(params))
        out = {'energy': local_matrix(sign, logabs, e)}
        if penalty is not None:
            out['penalty'] = penalty(params, walker, atoms)
        return out

    def reduce(local):
        total = local['energy'] + local['penalty'] if 'penalty' in local else local['energy']
        return jnp.trace(total, axis1=-2, axis2=-1)

    def stats(local):
        trace = jnp.trace(local['energy'], axis1=-2, axis2=-1)
        out = {'energy': jnp.mean(trace), 'variance': jnp.var(trace),
               'energy_matrix': jnp.mean(local['energy'], axis=0)}
        if 'penalty' in local:
            out['penalty_matrix'] = jnp.mean(local['penalty'], axis=0)
        return out

    fields = tuple((f, ()) for f in STAT_FIELDS) + (('energy_matrix', (k, k)),)
    if penalty is not None:
        fields = fields + (('penalty_matrix', (k, k)),)
    return Objective(nstates=k, log_abs=log_abs, optimizer_log_abs=log_abs_unbatched, local=local,
                     reduce=reduce, stats=stats, stat_fields=fields)


# ---- host side: energies and observables from averaged matrices -------------------------------------
@dataclasses.dataclass(frozen=True)
class Eigen:
    """Energies of the k states from per-iteration averaged local-energy matrices.

    Attributes:
        e: (k,) energies ascending (real parts of the eigenvalues), hartree.
        e_err: (k,) reblocked 1-sigma errors.
        e_exc, e_exc_err: (k,) excitation energies e - e[0] (0 for the lowest) and their errors,
            reblocked on the difference series (the states' noise is correlated).
        right: (k, k) right eigenvectors (columns) of the mean matrix; left = right^-1 (rows).
        left: (k, k).
        series: (niter, k) first-order per-iteration energies left[n] E(t) right[:, n].
        imag: (k,) |imaginary part| of the eigenvalues: nonzero for a pair of states degenerate
            within the noise (see `eigen_energies`), hartree.
    """
    e: np.ndarray
    e_err: np.ndarray
    e_exc: np.ndarray
    e_exc_err: np.ndarray
    right: np.ndarray
    left: np.ndarray
    series: np.ndarray
    imag: np.ndarray


def eigen_energies(matrices: np.ndarray) -> Eigen:
    """Diagonalises the mean of `matrices` (niter, k, k) (not symmetric: a general eigensolver).

    Errors by first-order perturbation: the eigenvalue n moves by l_n dE r_n (l_n, r_n the left and
    right eigenvectors with l_n r_n = 1) when the mean matrix moves by dE, so the series
    l_n E(t) r_n has the eigenvalue as its mean, and its reblocked error is the eigenvalue's.

    States that are degenerate within the noise (a 2P manifold, say) can make the estimated matrix
    have a complex-conjugate pair of eigenvalues a +- ib. Its eigenvectors v, v* span a real plane,
    which both states get as the real basis (Re v, Im v): there the matrix is the block
    [[a, b], [-b, a]], both energies are a, and sums over the manifold (oscillator strengths,
    populations) are those of any basis of it. `imag` keeps b, to be compared with the error bars.
    """
    mats = np.asarray(matrices, np.float64)
    w, right = np.linalg.eig(mats.mean(axis=0))
    order = np.argsort(w.real, kind='stable')
    w, right = w[order], right[:, order]
    right = real_basis(w, right)
    left = np.linalg.inv(right)
    series = np.einsum('ni,tij,jn->tn', left, mats, right)
    e = w.real
    err = np.array([stats.reblock(series[:, n]).error for n in range(len(e))])
    exc = e - e[0]
    exc_err = np.array([0.0] + [stats.reblock(series[:, n] - series[:, 0]).error
                                for n in range(1, len(e))])
    return Eigen(e=e, e_err=err, e_exc=exc, e_exc_err=exc_err, right=right, left=left, series=series,
                 imag=np.abs(w.imag))


def real_basis(w: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Eigenvectors (columns of `right`, eigenvalues `w`) of a real matrix as real columns: each
    complex-conjugate pair (v, v*) becomes (Re v, Im v), in the pair's two places."""
    out = right.real.copy()
    done = np.zeros(len(w), bool)
    for n in range(len(w)):
        if done[n] or w[n].imag == 0:
            continue
        partner = [m for m in range(len(w)) if m != n and not done[m]]
        m = partner[int(np.argmin([abs(w[j] - np.conj(w[n])) for j in partner]))]
        v = right[:, n] if w[n].imag > 0 else right[:, m]
        out[:, n], out[:, m] = v.real, v.imag
        done[[n, m]] = True
    return out


def rotate(eig: Eigen, matrix: np.ndarray) -> np.ndarray:
    """An averaged local-operator matrix (..., k, k) in the eigenbasis of the energy matrix:
    left O right, whose (a, b) element is <a|O|b> up to the states' normalisation."""
    return np.einsum('ai,...ij,jb->...ab', eig.left, np.asarray(matrix), eig.right)


def manifolds(eig: Eigen, sigmas: float = 3.0) -> list[np.ndarray]:
    """The states grouped into levels: neighbours (in ascending order) whose energies differ by less
    than `sigmas` combined error bars, or that share a complex eigenvalue pair, are one degenerate
    manifold. Returns index arrays in ascending order (singletons for isolated states)."""
    groups = [[0]]
    for n in range(1, len(eig.e)):
        gap = eig.e[n] - eig.e[n - 1]
        pair = eig.imag[n] > 0 and eig.imag[n - 1] > 0 and abs(gap) < 1e-12 * max(1.0, abs(eig.e[n]))
        if pair or gap < sigmas * np.hypot(eig.e_err[n], eig.e_err[n - 1]):
            groups[-1].append(n)
        else:
            groups.append([n])
    return [np.array(g) for g in groups]


def transition_dipoles(rotated: np.ndarray, levels: list[np.ndarray]) -> np.ndarray:
    """<0|d|n> (k, 3) from the rotated dipole matrices (3, k, k) (`rotate`); row 0 is <0|d|0>.

    An isolated state n: sqrt(d_0n d_n0) per component with the sign of d_0n (real states: the
    normalisations cancel in the product). A degenerate manifold M (not holding state 0): the
    eigenvectors of a noisy, nearly degenerate energy matrix are an arbitrary, possibly
    ill-conditioned basis of it, in which single products d_0n d_n0 may be large and of either
    sign. Their sum over M, K_ab = sum_n (d_a)_0n (d_b)_n0, is the same in every basis of M; for
    real orthonormal states it is sum_n <0|d_a|n><n|d_b|0>. The manifold's states are reported in
    the basis of K's principal axes (p_x, p_y, p_z for a P level): state number i of M gets
    sqrt(kappa_i) u_i, kappa_i >= 0 the i-th largest eigenvalue of the symmetrised K and u_i its
    axis; states beyond the third get zero. The manifold's summed |<0|d|n>|^2 is trace K.
    """
    r = np.asarray(rotated, np.float64)
    product = r[:, 0, :] * r[:, :, 0]                               # (3, k): d_0n d_n0
    out = (np.sign(r[:, 0, :]) * np.sqrt(np.abs(product))).T        # isolated states, (k, 3)
    out[0] = r[:, 0, 0]
    for level in levels:
        if len(level) > 1 and 0 not in level:       # the lowest state's own level stays per state
            kmat = np.einsum('an,bn->ab', r[:, 0, level], r[:, level, 0])
            kappa, axes = np.linalg.eigh(0.5 * (kmat + kmat.T))
            order = np.argsort(kappa)[::-1][:len(level)]
            out[level] = 0.0                                        # states beyond the third
            for i, j in enumerate(order):
                axis = axes[:, j] * np.sign(axes[np.argmax(np.abs(axes[:, j])), j])
                out[level[i]] = np.sqrt(max(kappa[j], 0.0)) * axis
    return out
