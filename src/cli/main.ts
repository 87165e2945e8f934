/** The `apac-viz` command. Exit status: 0 written, 1 the chart could not be drawn, 2 usage. */
import {USAGE, UsageError, parseRenderArgs} from './args.js';
import {RenderError, render} from './render.js';

async function main(argv: string[]): Promise<number> {
  let job;
  try {
    job = parseRenderArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`apac-viz: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (!job) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const {width, height} = await render(job, (note) => process.stderr.write(`${note}\n`));
    const size =
      job.format === 'png'
        ? `${width * job.scale} × ${height * job.scale} px`
        : `${width} × ${height}`;
    process.stdout.write(`apac-viz: wrote ${job.out} (${size})\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    process.stderr.write(`apac-viz: ${error.message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
