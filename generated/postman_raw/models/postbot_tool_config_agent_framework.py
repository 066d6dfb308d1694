from typing import Literal

PostbotToolConfigAgentFramework = Literal["anthropic", "autogen", "gemini", "langchain", "mistral", "openai"]

POSTBOT_TOOL_CONFIG_AGENT_FRAMEWORK_VALUES: set[PostbotToolConfigAgentFramework] = {
    "anthropic",
    "autogen",
    "gemini",
    "langchain",
    "mistral",
    "openai",
}


def check_postbot_tool_config_agent_framework(value: str) -> PostbotToolConfigAgentFramework:
    if value in POSTBOT_TOOL_CONFIG_AGENT_FRAMEWORK_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {POSTBOT_TOOL_CONFIG_AGENT_FRAMEWORK_VALUES!r}")
