// The one mathjs instance the engine uses: only parsing and the handful of functions equations may call.
import {
  type FactoryFunctionMap,
  addDependencies,
  create,
  divideDependencies,
  maxDependencies,
  minDependencies,
  multiplyDependencies,
  parseDependencies,
  powDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
} from 'mathjs/number';

export const math = create({
  parseDependencies,
  addDependencies,
  subtractDependencies,
  multiplyDependencies,
  divideDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
  maxDependencies,
  minDependencies,
  powDependencies,
} as FactoryFunctionMap);

/** Functions an equation may call. Everything else (config, import, parse, evaluate...) is refused. */
export const ALLOWED_FUNCTIONS: ReadonlySet<string> = new Set(['max', 'min']);
/** Operators an equation may use, by mathjs `fn` name. `pow` (^) is there for constant-elasticity responses. */
export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  'add',
  'subtract',
  'multiply',
  'divide',
  'unaryMinus',
  'unaryPlus',
  'pow',
]);
