"""Pictures of a FermiNet run (matplotlib, the [plot] extra): `plot_history(fn)` or `fn.plot_history()`."""

from __future__ import annotations

import numpy as np


def _pyplot():
    try:
        import matplotlib.pyplot as plt
    except ImportError:
        raise ImportError("Plotting needs matplotlib: pip install 'pyscf_ferminet[plot]'.") from None
    return plt


def running_mean(values: np.ndarray, window: int) -> np.ndarray:
    """Mean of the last `window` values at each point (fewer at the start): (n,) -> (n,)."""
    values = np.asarray(values, np.float64)
    sums = np.cumsum(np.concatenate([[0.0], values]))
    n = np.arange(1, values.size + 1)
    lo = np.maximum(n - window, 0)
    return (sums[n] - sums[lo]) / (n - lo)


def plot_history(fn, reference: float | None = None, ax=None, path: str | None = None):
    """The training energy per iteration (and its running mean), the SCF energy, an optional reference
    (an exact energy) and the evaluation's e_tot with its 1-sigma band; hartree.

    Args:
        fn: a FermiNet solver after kernel() (reads e_hist, e_tot, e_err, e_scf).
        reference: an energy to draw as a dashed line, e.g. the exact one, hartree.
        ax: matplotlib Axes to draw on (default: a new figure).
        path: if given, the figure is saved there (e.g. 'history.png').

    Returns:
        The matplotlib Axes.
    """
    if fn.e_hist is None:
        raise RuntimeError('plot_history needs the results of kernel(): run the solver first.')
    plt = _pyplot()
    if ax is None:
        _, ax = plt.subplots(figsize=(7, 4.5))
    energy = np.asarray(fn.e_hist.energy, np.float64)
    it = np.arange(1, energy.size + 1)
    smooth = running_mean(energy, max(energy.size // 50, 1))
    ax.plot(it, energy, color='0.75', lw=0.6, label='training energy')
    ax.plot(it, smooth, color='C0', lw=1.5, label='running mean')
    levels = [smooth[-1]] if energy.size else []
    if fn.e_scf is not None:
        ax.axhline(fn.e_scf, color='C3', lw=1, label=f'SCF {fn.e_scf:.5f}')
        levels.append(fn.e_scf)
    if reference is not None:
        ax.axhline(reference, color='k', ls='--', lw=1, label=f'reference {reference:.5f}')
        levels.append(reference)
    if fn.e_tot is not None:
        err = fn.e_err or 0.0
        ax.axhline(fn.e_tot, color='C2', lw=1.2, label=f'evaluation {fn.e_tot:.5f} +- {err:.5f}')
        ax.axhspan(fn.e_tot - err, fn.e_tot + err, color='C2', alpha=0.25)
        levels.append(fn.e_tot)
    if levels:      # the first iterations lie far above: frame the levels that matter
        lo, hi = min(levels), max(levels)
        pad = max(hi - lo, 1e-3)
        ax.set_ylim(lo - 0.5 * pad, hi + 1.0 * pad)
    ax.set_xlabel('iteration')
    ax.set_ylabel('E (hartree)')
    ax.legend(loc='upper right', fontsize='small')
    if path is not None:
        ax.figure.savefig(path, dpi=120, bbox_inches='tight')
    return ax
