/**
 * The Compose file the converter shows first: Docker's Compose Quickstart (flask + redis), the app the
 * course moves to Kubernetes (docs.docker.com/compose/gettingstarted/).
 */
export const DEFAULT_COMPOSE = `services:
  web:
    build: .
    ports:
      - "8000:5000"
  redis:
    image: "redis:alpine"
`;
