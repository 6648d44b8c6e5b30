import type { ResultOf } from "gql.tada";
import type { PublishedFiguresQuery } from "./published-figures-query";

type Data = ResultOf<typeof PublishedFiguresQuery>;
export type PublishedFigure = Data["publishedFigures"][number];
export type FigureProgram = Data["programs"][number];
export type FigureParameter = Data["figureParameters"][number];
