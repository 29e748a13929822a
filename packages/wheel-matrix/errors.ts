/** Why a plan cannot be made, in one line that names the file, setting or input to change. */
export class PlanError extends Error {
  override readonly name = 'PlanError';
}
