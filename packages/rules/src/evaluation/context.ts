/**
 * The context a rule runs in: the date that selects parameters, and the explanation being
 * built. Resolving a parameter here fails loudly (PARAMETER_NOT_KNOWN) rather than guessing.
 */
import type { CalendarDate } from "../core/calendar-date";
import type { ExplanationStep, ExplanationValue } from "../core/explanation";
import { type Parameter, type ParameterUse, type ResolvedParameter, resolveParameter } from "../core/parameter";
import type { PublishedFigures } from "../published-figures/published-figures";

export class RuleContext {
  readonly steps: ExplanationStep[] = [];
  /** Every parameter value resolved in this context, in order, when tracking is on (for steps
   * that list all parameters; `evaluate` lists them per step instead and leaves this off). */
  readonly parametersUsed: ParameterUse[] = [];

  /** `on` is the legal date that selects parameters (each program documents its choice).
   * `published`: figures the deployment approved, used over the packaged values for their dates. */
  constructor(
    readonly on: CalendarDate,
    private readonly trackParameters = false,
    private readonly published: PublishedFigures | undefined = undefined,
  ) {}

  /** The parameter's value in force on the context date. */
  param<T extends ExplanationValue>(parameter: Parameter<T>): ResolvedParameter<T> {
    return this.paramAt(parameter, this.on);
  }

  /** The parameter's value in force on another named legal date. */
  paramAt<T extends ExplanationValue>(parameter: Parameter<T>, on: CalendarDate): ResolvedParameter<T> {
    const published = this.published?.at(parameter, on);
    return this.record(published ?? resolveParameter(parameter, on));
  }

  private record<T>(resolved: ResolvedParameter<T>): ResolvedParameter<T> {
    if (this.trackParameters && !this.parametersUsed.includes(resolved.use)) this.parametersUsed.push(resolved.use);
    return resolved;
  }

  step(step: ExplanationStep): void {
    this.steps.push(step);
  }
}
