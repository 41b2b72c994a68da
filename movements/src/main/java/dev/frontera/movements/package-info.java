/**
 * Caravans and migrant movements. {@link dev.frontera.movements.Movements} is the front door:
 * <ul>
 *   <li>{@code gazetteer}: places along the routes from Colombia to the US border (GeoNames,
 *       CC BY 4.0) and the southwest ports of entry with their sector and field office;</li>
 *   <li>{@code geography}: great-circle distances, the US–Mexico border line (Natural Earth),
 *       pace from successive positions;</li>
 *   <li>{@code routes}: road distances along the main corridors (calibrated) and arrival windows;</li>
 *   <li>{@code sightings}: movements and sightings stored in DuckDB tables {@code movement_*};</li>
 *   <li>{@code news}: caravan reports and distance claims read from article text;</li>
 *   <li>{@code context}: the statistics queries that put a movement in context.</li>
 * </ul>
 */
package dev.frontera.movements;
