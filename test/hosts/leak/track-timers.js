// Counts the page's live timers (set and neither fired nor cleared), before any module runs.
(() => {
  const live = { timeouts: new Set(), intervals: new Set() };
  const { setTimeout, clearTimeout, setInterval, clearInterval } = window;
  window.setTimeout = function trackedTimeout(callback, delay, ...rest) {
    const id = setTimeout.call(
      window,
      (...args) => {
        live.timeouts.delete(id);
        if (typeof callback === 'function') callback(...args);
      },
      delay,
      ...rest,
    );
    live.timeouts.add(id);
    return id;
  };
  window.clearTimeout = (id) => {
    live.timeouts.delete(id);
    clearTimeout.call(window, id);
  };
  window.setInterval = function trackedInterval(...args) {
    const id = setInterval.apply(window, args);
    live.intervals.add(id);
    return id;
  };
  window.clearInterval = (id) => {
    live.intervals.delete(id);
    clearInterval.call(window, id);
  };
  window.liveTimers = () => ({ timeouts: live.timeouts.size, intervals: live.intervals.size });
})();
