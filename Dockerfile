# The bot's container: ASP.NET Core on port 8080, as a non-root user, with the index built at image build time.
#   docker build -t article-bot .
#   docker run -p 8080:8080 -v bot-data:/app/data -e Discord__PublicKey=… -e Discord__BotToken=… article-bot
# No Docker engine runs on our build machines: CI runs this file's `dotnet publish` and smoke-tests the result
# (tests/Bot.Host.Tests/PublishedProgramTests.cs).
# Several replicas on one PostgreSQL pinboard and one index volume, behind nginx: compose.yaml (README, "Several replicas").

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet restore Bot.sln
# The tests' build: every test project compiles (the tests themselves run in CI: .ci/run).
RUN dotnet build Bot.sln -c Release --no-restore
# ReadyToRun-compiled for this platform (Bot.Host.csproj), so a started container answers at full speed at once.
RUN dotnet publish src/Bot.Host -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY seeds ./seeds
# The aspnet image's non-root user (APP_UID, user "app") owns what the bot writes: the pinboard and the index.
RUN mkdir -p /app/data /app/index && chown "$APP_UID" /app/data /app/index
USER $APP_UID
# Build the index now, so the container is ready as soon as it starts.
RUN dotnet Bot.Host.dll index --seeds seeds --index index
ENV ASPNETCORE_URLS=http://0.0.0.0:8080
# Explicit, so the pinboard stays in the volume even when Articles__Path points at a mounted folder elsewhere.
ENV Pins__Path=/app/data/pins.db
EXPOSE 8080
# The pinboard (Pins:Path defaults to data/pins.db): keep it across container upgrades.
VOLUME /app/data
# The runtime image has no curl: the program checks its own /healthz (exit 0 on 200, else 1).
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 CMD ["dotnet", "Bot.Host.dll", "healthcheck"]
# docker stop sends SIGTERM and waits 10 s; the host waits up to 10 s for in-flight follow-ups (raise both together).
ENTRYPOINT ["dotnet", "Bot.Host.dll"]
