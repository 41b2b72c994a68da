/** Road distances along the main corridors, calibrated on known road distances, and arrival windows. */
package dev.frontera.movements.routes;
