export {
  type ObjectiveComputeOptions,
  computeImpactOutcome,
  computeObjectiveOutcome,
  computeObjectiveOutcomes,
  objectivePhase,
  worstStatus,
} from './outcome';
export {
  type ComputedObjective,
  type ObjectiveCardContext,
  computeObjectives,
  missingObjectiveCard,
  objectiveDescriptionText,
  objectivesAimingAt,
  toObjectiveCardData,
} from './cardData';
