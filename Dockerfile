# Filled in by the hosting issue: multi-stage build, non-root runtime image, index built at image build time.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Bot.Host -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY seeds ./seeds
ENTRYPOINT ["dotnet", "Bot.Host.dll"]
