export {
  type ObjectiveComputeOptions,
  computeImpactOutcome,
  computeObjectiveOutcome,
  computeObjectiveOutcomes,
  objectivePhase,
  worstStatus,
} from './outcome';
