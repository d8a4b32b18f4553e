"""Error bars for serially correlated Monte Carlo series (host-side numpy).

Successive VMC iterations are correlated (the walkers move a little per MCMC
step), so the naive standard error ``std / sqrt(N)`` underestimates the true
statistical error. This module implements Flyvbjerg-Petersen blocking
(J. Chem. Phys. 91, 461 (1989)): the series is repeatedly averaged in pairs
and the standard error of the mean is recomputed at every level. Once blocks
are longer than the correlation time the blocked error plateaus at the true
error. The plateau is picked automatically with the "optimal block" criterion
of Lee, Needs and Towler, Phys. Rev. B 84, 125115 (2011) (also used by
``pyblock``): the optimal level is the smallest block size ``B`` with

    B**3 > 2 * N * (err_B / err_1)**4,

where ``N`` is the series length and ``err_1`` the naive (unblocked) error.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np

__all__ = ['Reblocked', 'reblock', 'mean_error']

# Below this length no blocking is attempted (see `reblock`).
MIN_POINTS = 4


@dataclasses.dataclass(frozen=True)
class Reblocked:
    """Result of a blocking analysis.

    Attributes:
        mean: Mean of the full series.
        error: Autocorrelation-aware 1-sigma error of ``mean`` (blocked error at
            the optimal level). ``inf`` if it cannot be estimated.
        naive_error: ``std(ddof=1) / sqrt(N)``, i.e. the error assuming
            uncorrelated samples.
        n_blocks_used: Number of blocks at the chosen level.
        block_size: Number of original points per block at the chosen level.
        tau: Integrated autocorrelation time in units of the series spacing,
            ``tau = (error / naive_error)**2 / 2`` (Sokal convention: 0.5 for
            uncorrelated data).
        converged: False if no level met the optimal-block criterion (the error
            is then the last level's value and probably an underestimate:
            the series is too short compared to its correlation time).
        block_sizes: Shape (L,); block size ``2**k`` of every blocking level.
        errors: Shape (L,); standard error of the mean at every level (the
            blocking curve).
        error_errors: Shape (L,); 1-sigma uncertainty of ``errors``,
            ``errors / sqrt(2 (n_blocks - 1))``.
    """

    mean: float
    error: float
    naive_error: float
    n_blocks_used: int
    block_size: int
    tau: float
    converged: bool
    block_sizes: np.ndarray
    errors: np.ndarray
    error_errors: np.ndarray


def _blocking_curve(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Blocked standard errors for block sizes 1, 2, 4, ... while >= 2 blocks remain."""
    sizes, errors, nblocks = [], [], []
    size = 1
    while x.size >= 2:
        errors.append(np.std(x, ddof=1) / math.sqrt(x.size))
        sizes.append(size)
        nblocks.append(x.size)
        n = x.size // 2 * 2          # drop the odd point out at this level
        x = 0.5 * (x[:n:2] + x[1:n:2])
        size *= 2
    return np.array(sizes), np.array(errors, dtype=float), np.array(nblocks)


def reblock(series: np.ndarray) -> Reblocked:
    """Flyvbjerg-Petersen blocking analysis of a 1-D correlated series.

    Rule for short series: with fewer than ``MIN_POINTS`` (4) points no
    blocking is done and ``error = naive_error`` (``tau = 0.5``); with fewer
    than 2 points both errors are ``inf`` (an empty series has ``mean = nan``).
    Non-finite entries are not filtered; they propagate into the result.

    Args:
        series: Shape (N,); e.g. per-iteration walker-averaged local energies
            (Hartree). Any array-like (jax arrays are copied to host).

    Returns:
        A `Reblocked` summary including the full blocking curve.

    Raises:
        ValueError: if ``series`` is not one-dimensional.
    """
    x = np.asarray(series, dtype=np.float64)
    if x.ndim != 1:
        raise ValueError(f'reblock expects a 1-D series, got shape {x.shape}')
    n = x.size
    mean = float(np.mean(x)) if n else math.nan
    sizes, errors, nblocks = _blocking_curve(x)
    with np.errstate(divide='ignore', invalid='ignore'):
        error_errors = errors / np.sqrt(2.0 * (nblocks - 1))
    naive = float(errors[0]) if n >= 2 else math.inf

    if n < MIN_POINTS:
        return Reblocked(mean, naive, naive, n, 1, 0.5, n >= 2,
                         sizes, errors, error_errors)

    # Optimal-block criterion (Lee, Needs & Towler 2011): smallest B = 2**k with
    # B^3 > 2 N (err_B / err_1)^4.
    if naive > 0:
        ratio4 = (errors / naive) ** 4
    else:                             # constant series: zero error at every level
        ratio4 = np.zeros_like(errors)
    ok = sizes.astype(float) ** 3 > 2.0 * n * ratio4
    converged = bool(np.any(ok))
    k = int(np.argmax(ok)) if converged else len(errors) - 1
    error = float(errors[k])
    tau = 0.5 * (error / naive) ** 2 if naive > 0 else 0.5
    return Reblocked(mean=mean, error=error, naive_error=naive,
                     n_blocks_used=int(nblocks[k]), block_size=int(sizes[k]),
                     tau=float(tau), converged=converged, block_sizes=sizes,
                     errors=errors, error_errors=error_errors)


def mean_error(samples: np.ndarray) -> tuple[float, float]:
    """Mean and autocorrelation-aware 1-sigma error of a Monte Carlo trace.

    Args:
        samples: Shape (niter,) or (niter, nwalkers). For 2-D input the
            walkers are averaged first (axis 1), then the resulting per-iteration
            series is reblocked along axis 0.

    Returns:
        ``(mean, error)`` as Python floats (see `reblock` for the short-series
        rule).

    Raises:
        ValueError: for inputs that are not 1-D or 2-D.
    """
    x = np.asarray(samples, dtype=np.float64)
    if x.ndim == 2:
        x = x.mean(axis=1)
    elif x.ndim != 1:
        raise ValueError(f'mean_error expects shape (niter,) or (niter, nwalkers), '
                         f'got {x.shape}')
    r = reblock(x)
    return r.mean, r.error


def energy_estimate(means: np.ndarray, variances: np.ndarray,
                    nwalkers: int) -> tuple[float, float, bool]:
    """The energy and its 1-sigma error from per-iteration walker means and variances.

    With at least ``MIN_POINTS`` iterations the series of means is reblocked (`reblock`). A shorter
    series cannot be reblocked; then the error comes from the spread of the local energies over
    the walkers, which are independent Markov chains: sqrt(<variance> / (nwalkers * niter)). It
    counts the walkers' samples as independent across the few iterations, which is close for
    iterations that are many MCMC steps apart and optimistic otherwise.

    Returns:
        (mean, error, reblocked): reblocked is False when the walker-spread error was used.
    """
    means = np.asarray(means, dtype=np.float64)
    n = means.size
    if n >= MIN_POINTS:
        r = reblock(means)
        return r.mean, r.error, True
    if n == 0 or nwalkers < 2:
        return (float(means.mean()) if n else math.nan), math.inf, False
    # The stored variances divide by nwalkers; the unbiased sample variance divides by nwalkers - 1.
    variance = float(np.mean(np.asarray(variances, dtype=np.float64))) * nwalkers / (nwalkers - 1)
    return float(means.mean()), math.sqrt(variance / (nwalkers * n)), False
