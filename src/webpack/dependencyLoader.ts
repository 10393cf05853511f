import type {LoaderContext} from 'webpack';

/** Webpack loader: returns the source unchanged, adding the given files as dependencies. */
export default function dependencyLoader(this: LoaderContext<{files: string[]}>, source: string): string {
  for (const file of this.getOptions().files) this.addDependency(file);
  return source;
}
